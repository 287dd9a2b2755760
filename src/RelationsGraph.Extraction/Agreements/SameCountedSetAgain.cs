using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Envoys watch signing of 31 deals" over "... saw ministers sign 31 accords and protocols": a story that tells a
/// package twice by the same count, in the headline and the body or in two paragraphs, tells one package (the pattern: the
/// count is the package's name; the noun may change, "deals", "agreements", "documents"). A set of another count stays apart,
/// as does one of another year.
/// </summary>
internal static class SameCountedSetAgain
{
    /// <summary>The agreement told before as a counted set of the same count as <paramref name="m"/>, or null.</summary>
    public static Agreement? Of(IReadOnlyList<Agreement> agreements, ISet<Agreement> used, AgreementMention m)
    {
        if (CountOf(m) is not { } count) return null;
        return agreements.FirstOrDefault(a => !used.Contains(a) && (a.Year is null || m.Year is null || a.Year == m.Year)
                                              && a.Mentions.Any(x => CountOf(x) == count));
    }

    /// <summary>
    /// Whether the agreement is a counted set: a package is none of its members, so a single document told later ("an
    /// agreement on X", "the Y Agreement", signed at the same meeting or in the same year) is not merged into it.
    /// </summary>
    public static bool IsASet(Agreement a) => a.Mentions.Any(x => CountOf(x) is not null || VaguelyCountedSet.Opens(x));

    /// <summary>The count a mention opens with when it names a counted set of documents ("13 agreements", "fifteen memoranda").</summary>
    private static int? CountOf(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        var noun = m.TokenEnd - 1;
        if (noun <= m.TokenStart || !AgreementKinds.PluralDocumentNouns.Contains(tokens[noun].Text)) return null;
        return CountWords.TryReadSpelledOrFigures(tokens[m.TokenStart].Text, 3, 50, out var count) ? count : null;
    }
}
