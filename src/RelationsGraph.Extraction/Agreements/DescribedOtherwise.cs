using System.Collections.Frozen;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed a treaty on the limitation of coastal patrols ... the patrol treaty" and then "the most far-reaching step since the
/// partial fishing ban treaty of 1958": a dated reference described by words of its own (the modifiers before its noun) that share
/// none with what the story already said of an undated document (its modifiers and its subject) is another document, a recalled
/// one, not that document dated (the pattern: a reporter who names one document twice repeats something of its description; a
/// wholly new description with a year of its own introduces an earlier text). Only general and evaluative words ("new",
/// "landmark", "historic") say nothing of which document is meant, and a side undescribed so far decides nothing. The same
/// holds for an untitled document already dated to the reference's year ("an operating agreement for the ferries", then "the
/// 2019 customs agreement"); a titled one is identified by its name, not its description.
/// </summary>
internal static class DescribedOtherwise
{
    /// <summary>Whether the dated reference describes a document other than the undated one.</summary>
    public static bool Apart(Agreement undated, AgreementMention dated)
    {
        var own = Describing(dated).ToList();
        if (own.Count == 0) return false;
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var x in undated.Mentions)
        {
            known.UnionWith(Describing(x));
            if (x.Topic is { } topic) known.UnionWith(Words(topic));
        }
        if (undated.Topic is { } own2) known.UnionWith(Words(own2));
        if (known.Count == 0) return false;
        return !own.Any(w => known.Any(k => SameStem(w, k)));
    }

    /// <summary>The describing words between a reference's determiner and its noun ("the partial fishing ban treaty" gives partial, fishing, ban).</summary>
    private static IEnumerable<string> Describing(AgreementMention m) =>
        m.Sentence.Tokens.Skip(m.TokenStart).Take(Math.Max(0, m.TokenEnd - 1 - m.TokenStart))
            .Where(t => t.IsWord).SelectMany(t => Words(t.Text));

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '-', '\u2013', '\u2010', '\u2011', ',', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && char.IsLetter(w[0]) && !GeneralWords.Contains(w)).Select(w => w.ToLowerInvariant());

    /// <summary>"patrol" and "patrols", "fisheries" and "fishery": one word under its plural or another ending.</summary>
    private static bool SameStem(string a, string b)
    {
        if (a == b) return true;
        var n = Math.Min(a.Length, b.Length);
        var common = 0;
        while (common < n && a[common] == b[common]) common++;
        return common >= 4 && common >= n - 2;
    }

    /// <summary>Determiners, function words and words that grade or order a document without saying which it is.</summary>
    private static readonly FrozenSet<string> GeneralWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "their", "its", "his", "her", "our", "whose", "which", "such", "any", "each", "every",
        "another", "other", "all", "and", "for", "between", "with", "from", "into",
        "new", "joint", "same", "said", "first", "second", "third", "latest", "signed", "bilateral", "trilateral", "multilateral",
        "historic", "landmark", "major", "comprehensive", "formal", "original", "earlier", "previous", "last", "final", "current",
        "existing", "former", "old", "older", "proposed", "draft", "so", "called", "key", "full", "famous", "initial", "two", "three",
        "four", "both", "year", "years", "long", "wider", "broader", "important", "agreement", "treaty", "accord", "deal", "pact",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
