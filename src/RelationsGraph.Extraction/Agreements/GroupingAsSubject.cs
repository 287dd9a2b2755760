using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The six members of the Gulf Cooperation Council signed a declaration", "Pacific Islands Forum leaders adopted the
/// Boe Declaration": a grouping's members (or leaders) as the subject of the verb that makes the document are its sides,
/// each member state the article names, though the sentence lists none (the pattern: a grouping acting as a whole binds
/// every member). Members come from Knowledge/Data/memberships.txt at the document's year.
/// </summary>
internal static class GroupingAsSubject
{
    /// <summary>Words that make a grouping's name stand for its member states: "members of X", "X leaders", "X states".</summary>
    private static readonly FrozenSet<string> MemberWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "members", "leaders", "states", "countries", "governments", "heads", "nations" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that make a document, after the subject.</summary>
    private static readonly FrozenSet<string> MakingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "adopted", "agreed", "endorsed", "approved", "concluded", "issued", "inked", "sign", "adopt" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The country ids of the members of a grouping the document's making sentence has as its subject; null if none.</summary>
    public static IReadOnlySet<string>? Members(Agreement agreement, KnowledgeBase knowledge, Func<Sentence, IEnumerable<Mention>> mentionsIn, int? storyYear = null)
    {
        // The making verb between the grouping and the document is itself the sign the document was made, so a mention the
        // finder did not mark concluded counts too: "BRICS leaders adopt Kazan Declaration", a headline's present tense.
        foreach (var m in agreement.Mentions.Where(m => !m.Recalled && !m.Upheld))
        {
            var tokens = m.Sentence.Tokens;
            // A headline's capitals may stretch the document's phrase back over its maker ("BRICS leaders adopt Kazan
            // Declaration" read as one phrase): the grouping and the verb are looked for up to the document's own noun.
            foreach (var org in mentionsIn(m.Sentence).Where(o => o.Kind == MentionKind.Organization && o.TokenEnd < m.TokenEnd))
            {
                if (!StandsForMembers(tokens, org) || ObjectOfAMeetingVerb(tokens, org) || !MakingVerbBetween(tokens, org.TokenEnd, Math.Max(m.TokenStart, m.TokenEnd - 1))) continue;
                var members = knowledge.MembersOf(org.Canonical ?? org.Surface, MembershipYear.Of(agreement, storyYear));
                if (members.Count > 0) return members.Select(EntityRegistry.CountryId).ToHashSet();
            }
        }
        return null;
    }

    /// <summary>"members of the X", "leaders of X" before the name, or "X leaders" after it.</summary>
    private static bool StandsForMembers(List<Token> tokens, Mention org)
    {
        var before = org.TokenStart - 1;
        if (before >= 0 && tokens[before].Lower == "the") before--;
        if (before >= 1 && tokens[before].Lower == "of" && MemberWords.Contains(tokens[before - 1].Text)) return true;
        return org.TokenEnd < tokens.Count && MemberWords.Contains(tokens[org.TokenEnd].Text)
               || org.TokenEnd + 1 < tokens.Count && tokens[org.TokenEnd].Text is "'s" or "’s" && MemberWords.Contains(tokens[org.TokenEnd + 1].Text);
    }

    /// <summary>Verbs of receiving or meeting people whose object a grouping's members may be.</summary>
    private static readonly FrozenSet<string> MeetingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "meeting", "met", "meets", "meet", "hosted", "hosting", "hosts", "received", "receiving", "welcomed", "welcoming" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The envoy spent the day meeting Forum leaders and signed a pact": members a verb of meeting has as its object are
    /// whom the subject met, not the makers of what the subject then signs (the pattern: an object is no subject).
    /// </summary>
    private static bool ObjectOfAMeetingVerb(List<Token> tokens, Mention org)
    {
        var before = org.TokenStart - 1;
        if (before >= 0 && tokens[before].Lower == "the") before--;
        if (before >= 1 && tokens[before].Lower == "of" && MemberWords.Contains(tokens[before - 1].Text)) before -= 2;
        if (before >= 0 && tokens[before].Lower == "the") before--;
        return before >= 0 && MeetingVerbs.Contains(tokens[before].Text);
    }

    /// <summary>A making verb between the subject and the document, within a dozen words and no clause stop.</summary>
    private static bool MakingVerbBetween(List<Token> tokens, int from, int to) =>
        to - from <= 14 && Enumerable.Range(from, Math.Max(0, to - from)).All(k => tokens[k].Text is not (";" or "."))
        && Enumerable.Range(from, Math.Max(0, to - from)).Any(k => MakingVerbs.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k));
}
