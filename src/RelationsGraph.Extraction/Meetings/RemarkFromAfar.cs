using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X welcomed the accord in a statement issued in the capital", "Y, in a brief message to the guests, praised ...",
/// "Z hailed the outcome through his spokesman": a person whose word reaches the gathering on paper or through another's mouth
/// is not in the room (pattern: a remark sent by statement, message, letter or spokesman is made from afar).
/// </summary>
internal static class RemarkFromAfar
{
    private static readonly FrozenSet<string> Carriers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "statement", "message", "letter", "communique", "communiqué" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Voices = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "spokesman", "spokeswoman", "spokesperson" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person's own clause, right after the name, says the remark was sent: "in a statement", "through his spokesman".</summary>
    public static bool Applies(List<Token> tokens, Mention person)
    {
        // "X, in a message ...": the carrier opens an aside; "X welcomed the deal in a statement": it ends the short predicate.
        for (var k = person.TokenEnd; k < tokens.Count && k - person.TokenEnd <= 10; k++)
        {
            var w = tokens[k];
            if (w.Text is ";" or ":" or "\"" or "“" or "”" || w.Text == "," && k > person.TokenEnd) return false;
            if (w.Lower is "who" or "whom" or "whose" or "which" or "and") return false;
            // "talks with his counterpart, X, the presidency said in a statement": a verb of telling after the comma has a subject
            // of its own, and the statement is that subject's, not the person's (pattern: a wire story's trailing attribution).
            if (k > person.TokenEnd && tokens[person.TokenEnd].Text == "," && Lexicon.SpeechVerbs.Contains(w.Text)) return false;
            if (w.Lower == "in" && k + 2 < tokens.Count && tokens[k + 1].Lower is "a" or "an" or "his" or "her" or "its" or "their" or "the")
            {
                var n = k + 2;
                // "in a written statement", "in a brief message": one modifier.
                if (!Carriers.Contains(tokens[n].Text) && n + 1 < tokens.Count && !tokens[n].IsCapitalized && Carriers.Contains(tokens[n + 1].Text)) n++;
                if (Carriers.Contains(tokens[n].Text)) return true;
            }
            if (w.Lower == "through" && k + 2 < tokens.Count && tokens[k + 1].Lower is "a" or "his" or "her" or "their" && Voices.Contains(tokens[k + 2].Text)) return true;
        }
        return false;
    }
}
