using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Vantora's Senate must still approve it", "The Senate ratified the pact in May": the generic name of a legislature or its chamber
/// (Senate, Parliament, Congress), capitalised right after a country's possessive or after the "The" that opens a sentence, is that
/// country's chamber, a body, as it is when it stands bare mid-sentence (pattern: news names a chamber by its country or by the story's
/// country alone). The owner's country stays a mention of its own.
/// </summary>
internal static class ChamberOfItsCountry
{
    public const string Rule = "a legislature's generic name after a country's possessive or an opening 'The'";

    private static readonly FrozenSet<string> ChamberNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Senate", "Parliament", "Congress",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences' mentions, with an Organization over each chamber name owned by a country or opening the sentence.</summary>
    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            var list = bySentence[s];
            for (var k = 1; k < tokens.Count; k++)
            {
                // A name read only by its shape ("Senate" as a guessed person) gives way; any reading with evidence stays.
                if (!ChamberNames.Contains(tokens[k].Text) || !BodyOverRun.OnlyGuessesOver(list, k, k + 1)) continue;
                // "the Senate of Tarvia", "the Congress of Marvelle": a chamber named with "of" is read by the rules of long names.
                if (k + 1 < tokens.Count && tokens[k + 1].Lower == "of") continue;
                var opening = k == 1 && tokens[0].Text == "The";
                var owned = k >= 2 && tokens[k - 1].Text is "'s" or "’s" &&
                            list.Any(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.TokenEnd == k - 1);
                if (!opening && !owned) continue;
                list = BodyOverRun.Replace(list, sentence, k, k + 1, tokens[k].Text, Rule);
            }
            bySentence[s] = list;
        }
        return bySentence;
    }
}
