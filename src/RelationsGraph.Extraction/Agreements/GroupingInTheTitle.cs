using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Joint Declaration of the Coral Alliance and Mercosur", "the Charter of the Union", "the Tarvo Declaration of the
/// Pacific Islands Forum": a title whose document noun is followed by "of" and one or more groupings is those groupings'
/// own text, so each member state the article names is a side (the pattern: a grouping's title names its makers as a
/// whole). Only a grouping right after the document's noun counts ("the Treaty on the Functioning of the Union" names a
/// subject, not makers). Members come from Knowledge/Data/memberships.txt at the document's year.
/// </summary>
internal static class GroupingInTheTitle
{
    /// <returns>The country ids of the members of the groupings the title names as its makers, or null when none.</returns>
    public static IReadOnlySet<string>? Members(Agreement agreement, KnowledgeBase knowledge, Func<Sentence, IEnumerable<Mention>> mentionsIn, int? storyYear = null)
    {
        foreach (var m in agreement.Mentions.Where(m => m.Title is not null))
        {
            var tokens = m.Sentence.Tokens;
            // The phrase may end at the document's noun while its title runs on ("the Joint Declaration" titled "Joint Declaration
            // of the X and Y"): a grouping inside the phrase or the title counts.
            var orgs = mentionsIn(m.Sentence).Where(o => o.Kind == MentionKind.Organization && o.TokenStart > m.TokenStart
                    && (o.TokenEnd <= m.TokenEnd || m.Title!.Contains(o.Surface, StringComparison.Ordinal)))
                .OrderBy(o => o.TokenStart).ToList();
            if (orgs.Count == 0 || !AfterTheDocumentNoun(tokens, orgs[0].TokenStart)) continue;
            var makers = new List<Mention> { orgs[0] };
            // "of the Coral Alliance and Mercosur": further groupings joined to the first by "and" or a comma.
            for (var k = 1; k < orgs.Count && Enumerable.Range(makers[^1].TokenEnd, orgs[k].TokenStart - makers[^1].TokenEnd).All(i => tokens[i].Lower is "and" or "," or "the"); k++)
                makers.Add(orgs[k]);
            var year = MembershipYear.Of(agreement, storyYear);
            var members = makers.SelectMany(o => knowledge.MembersOf(o.Canonical ?? o.Surface, year)).Select(EntityRegistry.CountryId).ToHashSet();
            if (members.Count > 0) return members;
        }
        return null;
    }

    /// <summary>"Declaration of the X", "Charter of X": "of" (and "the") right after a document noun.</summary>
    private static bool AfterTheDocumentNoun(List<Token> tokens, int org)
    {
        var of = org - 1;
        if (of >= 0 && tokens[of].Lower == "the") of--;
        return of >= 1 && tokens[of].Lower == "of" && AgreementKinds.KindOf(tokens[of - 1].Lower, of >= 2 ? tokens[of - 2].Lower : null) is not null;
    }
}
