using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "It follows the Falepili Treaty signed between Australia and Tuvalu, although the Nauru agreement ...": a country the
/// sentence names only inside another document's own name ("the Nauru agreement") or as that document's sides ("between
/// Australia and Tuvalu") belongs to that document, not to every document of the sentence (the pattern: a document's name
/// and its "between" phrase claim their countries).
/// </summary>
internal static class OtherDocumentsSides
{
    /// <param name="spans">Each mention of the sentence with the tokens its name and topic cover.</param>
    public static void Remove(IReadOnlyList<(AgreementMention Mention, int Start, int End)> spans, IReadOnlyList<Mention> mentions, List<Token> tokens)
    {
        if (spans.Count < 2) return;
        foreach (var (mention, _, _) in spans)
        {
            var claimed = new HashSet<string>();
            foreach (var (other, start, end) in spans.Where(o => o.Mention != mention))
            {
                // A country whose every naming lies inside the other document's name.
                foreach (var country in mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null).GroupBy(m => m.EntityId!))
                    if (country.All(m => m.TokenStart >= start && m.TokenEnd <= end)) claimed.Add(country.Key);
                claimed.UnionWith(other.NamedParties);
                // "... on the Varn Pact concluded with Tarvia": the partner of its making clause (see PartnerOfTheMakingClause).
                if (PartnerOfTheMakingClause.After(tokens, mentions, end) is { } partner && PartnerOfTheMakingClause.OnlyThere(mentions, partner.Country, start, partner.End))
                    claimed.Add(partner.Country);
            }
            claimed.ExceptWith(mention.NamedParties);
            mention.SidesOfAnotherDocument.AddRange(claimed.Where(c => mention.Parties.Contains(c) || mention.PartiesBefore.Contains(c)).Order(StringComparer.Ordinal));
            mention.Parties.RemoveAll(claimed.Contains);
            mention.PartiesBefore.RemoveAll(claimed.Contains);
        }
    }
}
