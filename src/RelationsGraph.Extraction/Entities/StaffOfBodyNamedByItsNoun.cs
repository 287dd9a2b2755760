using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "The Foreign Ministry's spokesman, X", "the Defence Department's press officer, Y": a body whose name ends in its own head
/// noun (Ministry, Department, Office ...) and owns an office told after its possessive is a state's or a body's organ whose
/// staff post is read as an office like any other; the other rules then decide whose it is. Only a name that ends in a country's
/// name ("Reform UK leader X") gives no office of state (pattern: "Body's office-noun, Name" in news of ministries).
/// </summary>
internal static class StaffOfBodyNamedByItsNoun
{
    /// <summary>Whether the word at <paramref name="lead"/>, the last word of a body's name before the possessive of an office, is a body's head noun.</summary>
    public static bool Owns(List<Token> tokens, int lead) =>
        lead >= 0 && lead + 1 < tokens.Count && tokens[lead + 1].Text is "'s" or "’s" &&
        tokens[lead].IsCapitalized && Lexicon.OrganizationSuffixes.Contains(tokens[lead].Text);
}
