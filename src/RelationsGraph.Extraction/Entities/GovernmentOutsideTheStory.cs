namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "a message aimed at Velmora", "Velmora and Ostrava were watching", "objections from Velmora": a capital that speaks, acts
/// or is addressed, in a story that never names its state, is the voice of a government standing outside the story; it is
/// neither a party of the story nor a place where anything happens, and makes no mention (pattern: capitals as shorthand
/// for the powers looking on). Only the host of a gathering ("Velmora will host the next round") is still where something
/// is held, and stays a place (see CapitalWithoutItsState).
/// </summary>
internal static class GovernmentOutsideTheStory
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "shall", "is", "are", "was", "were", "has", "have", "had", "be", "to", "due", "set", "expected", "scheduled",
        "offered", "agreed", "also", "then", "again", "'ll", "’ll",
    };

    /// <summary>True unless the capital opens a clause whose verb, after auxiliaries only, is a hosting verb.</summary>
    public static bool Voices(Mention capital)
    {
        var tokens = capital.Sentence.Tokens;
        for (var k = capital.TokenEnd; k < tokens.Count && k - capital.TokenEnd <= 6; k++)
        {
            if (tokens[k].Lower is "host" or "hosts" or "hosted" or "hosting") return false;
            if (!Filler.Contains(tokens[k].Text)) return true;
        }
        return true;
    }
}
