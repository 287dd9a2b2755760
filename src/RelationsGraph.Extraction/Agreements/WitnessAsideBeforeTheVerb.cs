using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Envoys of the two states, in the presence of the emir, Sheikh A, and the president, B, signed a protocol": a witness
/// phrase ("in the presence of", "witnessed by", "watched by") set off before the signing verb runs over titles, appositions
/// and "and" to the comma that closes it, so every name inside it is a witness, however many commas its appositions hold
/// (the pattern: wire copy names the leaders who looked on, each with a title in apposition, between the subject and its
/// verb). A phrase closed earlier ("In the presence of A and B, C and D signed") ends at the last comma before the
/// subject, and the names after that comma still sign. Only a phrase whose words are names, titles and function words
/// counts: a verb or relative word inside it opens a clause of its own.
/// </summary>
internal static class WitnessAsideBeforeTheVerb
{
    /// <summary>How far before the signing verb a witness phrase may open.</summary>
    private const int Reach = 40;

    /// <summary>Whether the name <paramref name="person"/> lies inside a witness phrase that closes before the signing verb at <paramref name="verb"/>.</summary>
    public static bool Covers(List<Token> tokens, Mention person, int verb)
    {
        if (person.TokenEnd > verb) return false;
        var opening = -1;
        for (var k = person.TokenStart - 1; k >= 0 && k >= verb - Reach; k--)
        {
            if (tokens[k].Text is ";" or "." or ":") return false;
            if (OpensAWitnessPhrase(tokens, k)) { opening = k; break; }
        }
        if (opening < 0) return false;
        // The phrase closes at the last comma before the verb (an adverb or two may stand between that comma and the verb).
        var close = -1;
        for (var k = verb - 1; k > opening; k--)
            if (tokens[k].Text == ",") { close = k; break; }
        if (close < 0 || person.TokenEnd > close) return false;
        for (var k = opening + 1; k < close; k++)
            if (OpensAClause(tokens[k])) return false;
        return true;
    }

    /// <summary>"presence" of "in the presence of", or a participle of looking on before its "by".</summary>
    private static bool OpensAWitnessPhrase(List<Token> tokens, int k) =>
        tokens[k].Lower == "presence" && k + 1 < tokens.Count && tokens[k + 1].Lower == "of"
        || tokens[k].Lower is "witnessed" or "watched" or "overseen" && k + 1 < tokens.Count && tokens[k + 1].Lower == "by";

    /// <summary>A relative word or a lower-case past form: the words after it are a clause, not the witnesses' names and titles.</summary>
    private static bool OpensAClause(Token token) =>
        token.Lower is "who" or "which" or "that" or "where" or "while" or "after" or "before"
        || token.IsWord && !token.IsCapitalized && token.Lower.Length > 3 && token.Lower.EndsWith("ed", StringComparison.Ordinal);
}
