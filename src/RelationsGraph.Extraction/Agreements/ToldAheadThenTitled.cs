namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The envoy asked for one more day to polish the treaty ... on Tuesday they signed the Treaty on the
/// Velmora Frontier ... critics called the frontier treaty a surrender": a narrative may speak of the document it is about
/// by "the treaty" before it names it, so those definite references, met before any document of their kind, make an
/// untitled document of their own. When the
/// story makes just one titled document of that kind, later than the first such reference, and the untitled one has no
/// title, signers, year, producer or other mark of its own, they are one document (the pattern: a document told ahead by
/// its noun, then named where it is signed).
/// </summary>
internal static class ToldAheadThenTitled
{
    /// <summary>Joins each document told ahead into the one titled document of its kind; returns the pairs joined (told ahead, titled).</summary>
    public static List<(Agreement Ahead, Agreement Titled)> Join(List<Agreement> agreements)
    {
        var joined = new List<(Agreement, Agreement)>();
        foreach (var ahead in agreements.Where(IsToldAhead).ToList())
        {
            var titled = agreements.Where(t => t != ahead && t.Family == ahead.Family && t.Title is not null).Take(2).ToList();
            if (titled.Count != 1 || agreements.Count(a => a.Family == ahead.Family) != 2) continue;
            var target = titled[0];
            if (!target.Mentions.Any(m => m.Concluded) || !After(target, ahead)) continue;
            AgreementClusterer.Merge(target, ahead, agreements);
            joined.Add((ahead, target));
        }
        return joined;
    }

    /// <summary>Only definite references, the first met before the titled document, and nothing of its own that sets it apart.</summary>
    private static bool IsToldAhead(Agreement a) =>
        a.Mentions.Count > 0 && a.Title is null && a.Year is null && a.ProducedBy is null && a.Signatories.Count == 0 && a.SigningOffices.Count == 0
        && a.Mentions.All(m => m.Definite && m.Title is null && !m.Recalled && !m.Upheld && !m.SetApart && !m.ListItem && !m.SetMember && !m.RenamesAnother);

    private static bool After(Agreement titled, Agreement ahead) =>
        titled.Mentions.Min(m => (m.Sentence.Index, m.TokenStart)).CompareTo(ahead.Mentions.Min(m => (m.Sentence.Index, m.TokenStart))) > 0;
}
