using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Vantoran Chamber of Commerce and Industry", "organised by the Orvald-Kessian Chamber of Commerce": a chamber of commerce is a
/// business association named by the country, town or pair of countries it serves and "Chamber of Commerce" (and "Industry"); the
/// whole run is one body, not a demonym, a country and a stray title (pattern: the trade chamber that hosts business forums during
/// state visits).
/// </summary>
internal static class ChamberOfCommerce
{
    public const string Rule = "capitalised words and 'Chamber of Commerce' (a business association)";

    /// <summary>At most this many words (hyphen pairs count two) before "Chamber".</summary>
    private const int MaxLeadWords = 4;

    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            for (var k = 1; k + 2 < tokens.Count; k++)
            {
                if (tokens[k].Text != "Chamber" || tokens[k + 1].Text != "of" || tokens[k + 2].Text != "Commerce") continue;
                var end = k + 3;
                if (end + 1 < tokens.Count && tokens[end].Text == "and" && tokens[end + 1].Text == "Industry") end += 2;
                var start = LeadStart(tokens, k);
                if (start == k) continue;
                var name = sentence.Text[tokens[start].Start..tokens[end - 1].End];
                bySentence[s] = BodyOverRun.Replace(bySentence[s], sentence, start, end, name, Rule);
                k = end - 1;
            }
        }
        return bySentence;
    }

    /// <summary>The first of the capitalised words right before "Chamber" ("Vantoran", "Orvald - Kessian"), or <paramref name="chamber"/>.</summary>
    private static int LeadStart(List<Token> tokens, int chamber)
    {
        var start = chamber;
        var words = 0;
        while (start > 0 && words < MaxLeadWords)
        {
            var t = tokens[start - 1];
            if (t.Text == "-" && start >= 2 && tokens[start - 2].IsCapitalized && t.Start == tokens[start - 2].End && t.End == tokens[start].Start) { start--; continue; }
            if (!t.IsWord || !t.IsCapitalized || Months.IsMonthOrWeekday(t.Text)) break;
            // A sentence's first "The" is not part of the name.
            if (start - 1 == 0 && t.Text is "The" or "A" or "An") break;
            start--;
            words++;
        }
        return start;
    }
}
