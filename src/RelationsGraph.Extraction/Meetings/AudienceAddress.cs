using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The president addressed a crowd of thousands in the old square", "will address the nation on television", "addressed the
/// plenary", "a televised address to the nation": speaking before an audience is a speech of its own (pattern: the verb or noun
/// "address" whose object is an audience noun). Only when the audience noun heads the object, reached over nothing but
/// determiners, numbers, quantities and adjectives of the gathering ("some 2,000", "tens of thousands of"), so "addressed the
/// concerns of the people" (an issue addressed) is not one. The legislatures are <see cref="LegislatureAddress"/>'s.
/// </summary>
internal static class AudienceAddress
{
    private static readonly FrozenSet<string> Audiences = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "crowd", "crowds", "nation", "plenary", "rally", "supporters", "students", "audience", "people", "assembly",
        "thousands", "hundreds", "residents", "troops", "faithful",
        // People gathered to hear a visitor, named by what they are ("addressed business leaders", "an address to foreign ministers",
        // "addressed delegates"): the same speech before an audience, told through its listeners' standing.
        "delegates", "diplomats", "officials", "leaders", "lawmakers", "legislators", "ministers", "governors", "guests", "activists",
        "graduates", "cadets", "businessmen", "entrepreneurs", "executives", "members",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Fillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "some", "several", "about", "around", "nearly", "more", "than", "tens", "of", "thousand", "thousands", "hundred",
        "hundreds", "to", "cheering", "large", "huge", "packed", "jubilant", "enthusiastic", "his", "her", "their", "its", "whole", "entire",
        "business", "foreign", "provincial", "assembled", "visiting", "senior", "local", "regional", "young",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int Reach = 8;

    public static bool IsAt(List<Token> tokens, int i)
    {
        if (!LegislatureAddress.Verbs.Contains(tokens[i].Text)) return false;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + Reach); k++)
        {
            var t = tokens[k];
            // "a crowd of tens of thousands": the first audience noun heads the object.
            if (Audiences.Contains(t.Text)) return true;
            // "the Soviet people", "the Nation's", "2,000": names, numbers and quantities before the head.
            if (Fillers.Contains(t.Text) || t.IsCapitalized || char.IsDigit(t.Text[0])) continue;
            return false;
        }
        return false;
    }
}
