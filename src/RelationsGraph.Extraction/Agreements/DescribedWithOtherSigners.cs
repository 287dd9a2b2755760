namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Bashir and Kiir signed a Cooperation Agreement ... The defence ministers signed the agreement on security arrangements
/// ... The negotiators put their names to the oil agreement": a definite reference that describes its subject ("on
/// security arrangements", "oil") in words none of the referent's names holds, and is signed by people none of whom signed
/// the referent, is another document of the same occasion, not the one told before (the pattern: one meeting signs several
/// documents, told apart by subject and signers).
/// </summary>
internal static class DescribedWithOtherSigners
{
    /// <summary>Modifiers that describe no subject ("the new agreement", "the bilateral accord").</summary>
    private static readonly FrozenSet<string> GeneralModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "new", "joint", "same", "said", "first", "latest", "signed", "bilateral", "trilateral", "final", "main", "whole", "full", "formal", "landmark", "historic" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Function = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "on", "of", "the", "a", "an", "and", "for", "to", "in", "with" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Apart(AgreementMention m, Agreement referent)
    {
        if (m.Signatories.Count == 0 || referent.Signatories.Count == 0 || m.Signatories.Any(referent.Signatories.ContainsKey)) return false;
        var described = SubjectWords(m).ToList();
        if (described.Count == 0) return false;
        var known = referent.Mentions.SelectMany(x => Words(x.Phrase).Concat(Words(x.Title)).Concat(Words(x.Topic))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return described.Any(w => !known.Contains(w));
    }

    /// <summary>Lowercase words between the determiner and the noun, and the words of an "on ..." topic.</summary>
    private static IEnumerable<string> SubjectWords(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        // "the short text", "the draft text": words before "text" tell the paper's form, not its subject (see DescribedText).
        var paper = m.TokenEnd >= 1 && m.TokenEnd <= tokens.Count && tokens[m.TokenEnd - 1].Lower == "text";
        foreach (var t in paper ? [] : tokens.Skip(m.TokenStart + 1).Take(Math.Max(0, m.TokenEnd - m.TokenStart - 2)))
            if (t.IsWord && !t.IsCapitalized && !GeneralModifiers.Contains(t.Text) && !char.IsDigit(t.Text[0])) yield return t.Lower;
        if (m.Topic is { } topic && topic.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
            foreach (var w in Words(topic)) yield return w;
    }

    private static IEnumerable<string> Words(string? text) =>
        text is null ? [] : text.Split([' ', '-', ',', '"'], StringSplitOptions.RemoveEmptyEntries).Where(w => !Function.Contains(w)).Select(w => w.ToLowerInvariant());
}
