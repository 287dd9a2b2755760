using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ministers signed a framework agreement creating a free trade zone on Tuesday ... They signed the Agreement on the Free
/// Trade Zone at the close of the summit": a story often tells the document it reports made first by a description and
/// then by its title, at the same meeting or by the same signers. An untitled document made now joins the one titled
/// document made now at the same occasion whose title holds its noun, unless its own subject or signers set it apart (the
/// pattern: one document, a described mention and a titled one).
/// </summary>
/// <remarks>A memorandum stays apart from an agreement it serves; a document told as recalled, upheld or set apart is
/// another; when two titled documents of the occasion could take it, it stays as it is.</remarks>
internal static class DescribedThenTitled
{
    /// <summary>Words of a subject that tell no document from another.</summary>
    private static readonly FrozenSet<string> PlainWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "on", "for", "and", "between", "to", "in", "with", "concerning", "two", "their", "its",
        "cooperation", "co-operation", "joint", "new", "bilateral", "mutual",
        // "a treaty creating a common market", then "the Treaty Establishing the Common Market": founding participles say one thing.
        "establishing", "creating", "setting", "up", "founding", "instituting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GeneralNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "agreement", "accord", "deal", "pact" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Joins each described document into the titled one it restates; returns the pairs joined (described, titled).</summary>
    public static List<(Agreement Described, Agreement Titled)> Join(List<Agreement> agreements, int? storyYear)
    {
        var joined = new List<(Agreement, Agreement)>();
        foreach (var described in agreements.Where(a => a.Title is null && MadeNow(a, storyYear)).ToList())
        {
            var candidates = agreements.Where(t => t != described && t.Title is not null && TitledMadeNow(t, storyYear) && SameOccasion(described, t) && Fits(described, t)).ToList();
            // A titled document whose every reference reads as made now comes first; one restated by a naming phrase or told
            // with a negated witness's signing only when none is.
            var strict = candidates.Where(t => MadeNow(t, storyYear)).Take(2).ToList();
            var titled = strict.Count > 0 ? strict : candidates.Take(2).ToList();
            if (titled.Count != 1) continue;
            var target = titled[0];
            var (keep, drop) = agreements.IndexOf(described) < agreements.IndexOf(target) ? (described, target) : (target, described);
            var kind = target.Kind;
            AgreementClusterer.Merge(keep, drop, agreements);
            keep.TakeSignaturesOf(drop);
            keep.ProducedByReference &= drop.ProducedByReference || drop.ProducedBy is null;
            keep.Kind = kind;
            joined.Add((described, target));
        }
        return joined;
    }

    /// <summary>Concluded in the story, of the story's year, and never told as recalled, upheld, refused, set apart or one item of a list.</summary>
    private static bool MadeNow(Agreement a, int? storyYear) =>
        a.Mentions.Any(m => m.Concluded) && !(a.Year is { } y && storyYear is { } story && y != story) && a.Mentions.All(m => !m.Recalled && !m.Upheld && !m.NotMade && !m.SetApart && !m.ListItem && !m.RenamesAnother);

    /// <summary>
    /// The titled document made now: a later definite reference that a negated signing or a naming phrase reads ("The host did
    /// not sign the declaration himself", "The Accord, as the paper is formally known") tells who stood apart or what the
    /// text is called, not that the document was never made, once another of its references concludes it (the pattern: a
    /// witness who did not sign, a title restated, after the signing).
    /// </summary>
    private static bool TitledMadeNow(Agreement a, int? storyYear) =>
        a.Mentions.Any(m => m.Concluded && !m.NotMade) && !(a.Year is { } y && storyYear is { } story && y != story)
        && a.Mentions.All(m => !m.Recalled && !m.Upheld && !m.SetApart && !m.ListItem && (m.Definite || !m.NotMade && !m.RenamesAnother));

    /// <summary>The same meeting made both, or the same people signed both.</summary>
    private static bool SameOccasion(Agreement a, Agreement b) =>
        a.ProducedBy is not null && a.ProducedBy == b.ProducedBy
        || a.Signatories.Count > 0 && b.Signatories.Count > 0 && a.Signatories.Keys.Any(b.Signatories.ContainsKey);

    private static bool Fits(Agreement described, Agreement titled)
    {
        if (described.Year is { } y && titled.Year is { } z && y != z) return false;
        // Other signers, another document.
        if (described.Signatories.Count > 0 && titled.Signatories.Count > 0 && !described.Signatories.Keys.Any(titled.Signatories.ContainsKey)) return false;
        if (IsMemorandum(described.Mentions[0]) != IsMemorandum(titled.Mentions[0])) return false;
        var words = NameKey.Of(titled.Title!).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Plural(words[^1])) return false;
        var titleHead = TitleHead(words);
        // The described noun is a word of the title ("a framework" for "the Framework Agreement on X"), or both are a settlement's general nouns.
        if (!described.Mentions.Any(m => Head(m) is var h && (words.Contains(h) || GeneralNouns.Contains(h) && GeneralNouns.Contains(titleHead)))) return false;
        // "an agreement on visa exemption" is not "the Agreement on Trade": a subject of its own must stand in the title.
        return described.Mentions.All(m => m.Topic is null || NameKey.Of(m.Topic).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !PlainWords.Contains(w)).All(words.Contains));
    }

    private static string Head(AgreementMention m) => NameKey.Of(m.Sentence.Tokens[m.TokenEnd - 1].Text);

    private static string TitleHead(string[] words)
    {
        var end = Array.FindIndex(words, w => w is "on" or "for" or "of" or "between" or "concerning");
        return end > 0 ? words[end - 1] : words[^1];
    }

    private static bool Plural(string head) => head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);

    private static bool IsMemorandum(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower is "memorandum" or "understanding" or "mou";
}
