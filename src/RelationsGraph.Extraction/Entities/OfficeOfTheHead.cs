using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Office of the President announced on Friday", "a note from the Office of the Premier and Cabinet": the staff of a
/// head of state or government, named "Office of the" and the head's title, is a body that issues statements and arranges visits,
/// not the head himself nor his post (pattern: a presidency or premier's office named by its formal name, capital O). "of the
/// Republic" and "and Cabinet" belong to the name; a country after it ("of Vantora") is left to its own mention.
/// </summary>
internal static class OfficeOfTheHead
{
    public const string Rule = "'Office of the' and a head's title (the head's staff, a body)";

    /// <summary>Titles of heads of state or government whose staff is called their Office; two-word titles by their first word.</summary>
    private static readonly FrozenSet<string> HeadTitles = new HashSet<string>(StringComparer.Ordinal)
    {
        "President", "Chancellor", "Premier", "Prime", "Vice",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            for (var k = 0; k + 3 < tokens.Count; k++)
            {
                if (tokens[k].Text != "Office" || tokens[k + 1].Text != "of" || tokens[k + 2].Text != "the" || TitleEnd(tokens, k + 3) is not (> 0 and var end))
                    continue;
                if (end + 2 < tokens.Count && tokens[end].Text == "of" && tokens[end + 1].Text == "the" && tokens[end + 2].Text == "Republic") end += 3;
                else if (end + 1 < tokens.Count && tokens[end].Text == "and" && tokens[end + 1].Text == "Cabinet") end += 2;
                var name = sentence.Text[tokens[k].Start..tokens[end - 1].End];
                bySentence[s] = BodyOverRun.Replace(bySentence[s], sentence, k, end, name, Rule);
                k = end - 1;
            }
        }
        return bySentence;
    }

    /// <summary>The end of the head's title opening at <paramref name="at"/> ("President", "Prime Minister", "Vice-President"), or -1.</summary>
    private static int TitleEnd(List<Token> tokens, int at)
    {
        var word = tokens[at].Text;
        if (!HeadTitles.Contains(word)) return -1;
        if (word == "Prime") return at + 1 < tokens.Count && tokens[at + 1].Text == "Minister" ? at + 2 : -1;
        if (word == "Vice")
        {
            var next = at + 1 < tokens.Count && tokens[at + 1].Text == "-" ? at + 2 : at + 1;
            return next < tokens.Count && tokens[next].Text == "President" ? next + 1 : -1;
        }
        return at + 1;
    }
}
