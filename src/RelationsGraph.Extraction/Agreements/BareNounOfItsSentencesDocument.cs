using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Under the agreement, each side keeps its rivers, subject to the uses listed in the Treaty", "The new treaty, known to the
/// press as the Harbour Treaty, caps warheads": a bare definite reference ("the treaty", "the new treaty") whose only
/// antecedent of its kind is the document another reference of the same sentence already names is that document again,
/// not a new one (the pattern: a sentence varies the noun or adds the title, the document stays one). Only when the sentence
/// has resolved exactly one document of that family, or of a settlement's family, and no other is left in the story to take.
/// </summary>
internal static class BareNounOfItsSentencesDocument
{
    private static readonly FrozenSet<string> Settlements = new HashSet<string>(StringComparer.Ordinal) { "agreement", "treaty" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TopicOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "between", "of", "on", "for", "concerning", "with" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The one document of the sentence this bare definite reference names again; else null.</summary>
    public static Agreement? Of(AgreementMention m, IReadOnlyList<(AgreementMention Mention, Agreement Agreement)> resolvedHere)
    {
        if (!m.Definite || m.Title is not null || m.Year is not null || m.Topic is not null || m.SetApart || m.ListItem || m.RenamesAnother) return null;
        var words = m.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
            || words.Length == 3 && !words[1].Equals("new", StringComparison.OrdinalIgnoreCase)) return null;
        // "the Treaty between X and Y": a noun that goes on with its subject is a title of its own, not a bare reference.
        var tokens = m.Sentence.Tokens;
        if (m.TokenEnd < tokens.Count && TopicOpeners.Contains(tokens[m.TokenEnd].Text)) return null;
        var family = AgreementKinds.Family(m.Kind);
        bool Fits(string f) => f == family || Settlements.Contains(f) && Settlements.Contains(family);
        // The other reference names a settlement by title or "the": "a treaty of friendship" beside "The convention" is a new
        // document the sentence introduces, and "the framework of" a document is not the document.
        var same = resolvedHere.Where(u => Fits(u.Agreement.Family) && (u.Mention.Definite || u.Mention.Title is not null)
                                           && (u.Mention.Kind == m.Kind || Settlements.Contains(u.Mention.Kind)))
            .Select(u => u.Agreement).Distinct().Take(2).ToList();
        return same.Count == 1 ? same[0] : null;
    }
}
