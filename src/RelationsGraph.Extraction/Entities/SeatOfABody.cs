using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "talks at Velmora League headquarters", "signed in the Harrow Council building", "a session at the headquarters of the
/// Tessaly Union": news names the seat of a body by the body's name and a lowercase "headquarters" or "building", before or
/// after it, and that phrase is where the gathering takes place, a place, not the body that acts (pattern: a body's name
/// with the lowercase noun of its seat). The body's mention gives way to the place over the whole phrase.
/// </summary>
internal static class SeatOfABody
{
    public const string Rule = "body's name with the lowercase noun of its seat (X headquarters, the headquarters of X)";

    private static bool IsSeatNoun(Token t) => t.IsWord && t.Text is "headquarters" or "building";

    /// <summary>Words that may follow the phrase's last word when it ends a noun phrase (no "UN headquarters staff").</summary>
    private static bool EndsPhrase(List<Token> tokens, int end) =>
        end >= tokens.Count || !tokens[end].IsWord || tokens[end].Lower is "in" or "on" or "at" or "and" or "where" or "which" or "that"
            or "was" or "is" or "were" or "for" or "with" or "to" or "after" or "before" or "during" or "when" or "while" or "near" or "by" or "last" or "this";

    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < bySentence.Count; s++)
        {
            var mentions = bySentence[s];
            if (mentions.Count == 0) continue;
            var sentence = mentions[0].Sentence;
            var tokens = sentence.Tokens;
            List<Mention>? changed = null;
            foreach (var org in mentions)
            {
                if (org.Kind != MentionKind.Organization) continue;
                int start, end;
                // "Velmora League headquarters": the noun right after the body's name.
                if (org.TokenEnd < tokens.Count && IsSeatNoun(tokens[org.TokenEnd]) && EndsPhrase(tokens, org.TokenEnd + 1))
                    (start, end) = (org.TokenStart, org.TokenEnd + 1);
                // "the headquarters of [the] Tessaly Union": the noun before, after "the".
                else if (SeatBefore(tokens, org.TokenStart) is var at and >= 0 && EndsPhrase(tokens, org.TokenEnd))
                    (start, end) = (at, org.TokenEnd);
                else continue;
                var list = changed ?? mentions;
                if (AnotherReadingOver(list, org, start, end)) continue;
                changed = PlaceOverRun.Replace(list, sentence, start, end, Rule);
            }
            if (changed is not null) bySentence[s] = changed;
        }
        return bySentence;
    }

    /// <summary>Index of "headquarters" in "the headquarters of [the]" right before <paramref name="name"/>; else -1.</summary>
    private static int SeatBefore(List<Token> tokens, int name)
    {
        var k = name - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        if (k < 2 || tokens[k].Text != "of" || tokens[k - 1].Text != "headquarters" || tokens[k - 2].Lower != "the") return -1;
        return k - 1;
    }

    /// <summary>Whether a reading other than the body's own overlaps [<paramref name="start"/>, <paramref name="end"/>) (a helper,
    /// not a lambda in the loop: a closure over the loop's locals was made for every body mention).</summary>
    private static bool AnotherReadingOver(IReadOnlyList<Mention> list, Mention org, int start, int end) =>
        list.Any(m => m != org && m.TokenStart < end && m.TokenEnd > start);
}
