using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two countries signed an agreement on fishing rights on Monday, completing a deal brokered by Norway": an indefinite
/// reference opened by a participle of completion after a comma tells again the document the sentence has just concluded
/// (the pattern: a participial clause restates its main clause's object with another noun). Only an untitled, undated
/// reference of the same family as that document, which is concluded in the sentence before the comma, is taken so.
/// </summary>
internal static class RestatedByParticiple
{
    private static readonly FrozenSet<string> CompletingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "completing", "sealing", "finalising", "finalizing", "formalising", "formalizing", "capping", "clinching", "concluding", "securing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The agreement of the concluded reference this one restates, among those resolved so far in its sentence; else null.</summary>
    public static Agreement? Of(AgreementMention m, IReadOnlyList<(AgreementMention Mention, Agreement Agreement)> resolvedHere)
    {
        if (m.Definite || m.Title is not null || m.Year is not null || m.SetApart || m.Upheld || m.Recalled || m.ListItem) return null;
        var tokens = m.Sentence.Tokens;
        var start = m.TokenStart;
        if (start < 3 || tokens[start].Lower is not ("a" or "an") || !CompletingParticiples.Contains(tokens[start - 1].Text) || tokens[start - 2].Text != ",") return null;
        var family = AgreementKinds.Family(m.Kind);
        var before = resolvedHere.Where(u => u.Mention.TokenEnd <= start - 2 && u.Mention.Concluded && !u.Mention.Upheld && !u.Mention.Recalled
                                             && AgreementKinds.Family(u.Mention.Kind) == family)
            .OrderByDescending(u => u.Mention.TokenEnd).Select(u => u.Agreement).FirstOrDefault();
        return before;
    }
}
