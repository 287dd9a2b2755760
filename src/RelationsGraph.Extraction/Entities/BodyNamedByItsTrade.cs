using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Varnish shipbuilder Ostel", "drone maker Kelvar", "the state news agency TNA", "Ardel, the Corvic state energy
/// company,": business and agency news names a company or agency once with the lowercase noun of its trade right before the
/// name or in an apposition right after it. That name is a body's, not a person's or a place's, here and wherever else the
/// article writes it bare (pattern: a firm or agency introduced by its kind).
/// </summary>
internal static class BodyNamedByItsTrade
{
    public const string Rule = "name introduced by the lowercase noun of its trade (company, group, maker, agency ...)";

    /// <summary>Nouns of a firm's or an agency's kind that stand right before its name or head an apposition after it.</summary>
    private static readonly FrozenSet<string> TradeNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "company", "firm", "group", "maker", "manufacturer", "carmaker", "automaker", "chipmaker", "shipbuilder", "operator", "giant",
        "miner", "producer", "conglomerate", "subsidiary", "broadcaster", "agency", "federation", "airline", "lender", "utility",
        "supplier", "contractor", "consortium", "developer", "insurer", "retailer", "investor", "vehicle", "startup", "start-up",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after an apposition's trade noun that close it ("..., the state oil company, said", "... company that ...").</summary>
    private static readonly FrozenSet<string> AppositionClosers = new HashSet<string>(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", ")", "that", "which", "whose", "based", "owned", "with", "in",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxNameWords = 4;
    private const int MaxAppositionWords = 5;

    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                int start, end;
                if (TradeNounBefore(tokens, k) && NameAfter(tokens, k + 1) is var after && after > k + 1) (start, end) = (k + 1, after);
                else if (tokens[k].Text == "," && AppositionAfter(tokens, k + 1) && NameBefore(tokens, k) is var before && before >= 0) (start, end) = (before, k);
                else continue;
                // "the broadcaster TV 2": a lone word of two letters is a generic abbreviation, too short to tell a name.
                if (end - start == 1 && tokens[start].Text.Length < 3) continue;
                var list = bySentence[s];
                // A sentence's first word is capitalised whatever it is ("Meanwhile, the company said"): there the name must have been read.
                if (!BodyOverRun.OnlyGuessesOver(list, start, end) || start == 0 && !list.Any(m => m.TokenStart == 0)) continue;
                var name = sentence.Text[tokens[start].Start..tokens[end - 1].End];
                bySentence[s] = BodyOverRun.Replace(list, sentence, start, end, name, Rule);
                bodies.TryAdd(name, name);
            }
        }
        BodyOverRun.Spread(bySentence, bodies, Rule);
        return bySentence;
    }

    /// <summary>"drone maker", "the Corvic company": a trade noun at <paramref name="k"/>; "giant" only after another noun ("energy giant").</summary>
    private static bool TradeNounBefore(List<Token> tokens, int k) =>
        TradeNouns.Contains(tokens[k].Text) &&
        (tokens[k].Text != "giant" || k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized && tokens[k - 1].Lower is not ("the" or "a" or "an"));

    /// <summary>The end of the capitalised name opening at <paramref name="from"/> (up to four words), or <paramref name="from"/>.</summary>
    private static int NameAfter(List<Token> tokens, int from)
    {
        var end = from;
        while (end < tokens.Count && end - from < MaxNameWords && IsNameWord(tokens[end])) end++;
        return end;
    }

    /// <summary>The start of the capitalised name ending before <paramref name="comma"/> (up to four words), or -1.</summary>
    private static int NameBefore(List<Token> tokens, int comma)
    {
        var start = comma;
        while (start > 0 && comma - start < MaxNameWords && IsNameWord(tokens[start - 1])) start--;
        return start < comma ? start : -1;
    }

    private static bool IsNameWord(Token t) => t.IsWord && t.IsCapitalized && !Months.IsMonthOrWeekday(t.Text);

    /// <summary>", the Corvic state energy company,": an article, up to five words, a trade noun and a closing word or mark.</summary>
    private static bool AppositionAfter(List<Token> tokens, int from)
    {
        if (from >= tokens.Count || tokens[from].Lower is not ("the" or "a" or "an")) return false;
        for (var k = from + 1; k < tokens.Count && k <= from + MaxAppositionWords + 1; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Lower is "of" or "and" or "or") return false;
            if (!TradeNouns.Contains(tokens[k].Text)) continue;
            if (k + 1 >= tokens.Count) return true;
            var next = tokens[k + 1];
            return AppositionClosers.Contains(next.Lower) || next.Lower == "of" && tokens[k].Text is "subsidiary";
        }
        return false;
    }
}
