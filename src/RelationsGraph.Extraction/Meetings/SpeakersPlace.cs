using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Officials in Seoul said Lee is expected to visit Japan", "... for talks in the coming months, officials in Khartoum said":
/// the place of the people the story quotes is where they speak from, not where the meeting they speak about is held
/// (pattern: the speakers' place read as HELD_IN). Only unnamed speakers of a speech verb count: "ministers in Brussels
/// agreed" is a gathering.
/// </summary>
internal static class SpeakersPlace
{
    private static readonly FrozenSet<string> SpeakerNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "diplomats", "sources", "analysts", "observers", "critics", "commentators", "experts", "aides", "spokesmen", "insiders",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpeechVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "say", "says", "told", "noted", "warned", "believe", "believed", "expect", "expected", "added", "insisted", "cautioned",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "foreign diplomats in Vienna praised the talks", "analysts in Tokyo questioned the deal": a reaction to the meeting
    /// is the speakers' word too, when it bears on a thing rather than on a person met ("officials in Seoul welcomed Kim").
    /// </summary>
    private static readonly FrozenSet<string> ReactionVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "welcomed", "welcome", "welcomes", "hailed", "hail", "praised", "praise", "criticised", "criticized", "criticise", "criticize",
        "condemned", "condemn", "questioned", "question", "doubted", "doubt", "dismissed", "dismiss", "downplayed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far after the place the speech verb may come ("officials in Khartoum privately said").</summary>
    private const int VerbReach = 3;

    public static bool Is(List<Token> tokens, Mention place)
    {
        var k = place.TokenStart - 1;
        if (k > 0 && tokens[k].Lower == "the") k--;
        if (k < 1 || tokens[k].Lower is not ("in" or "at")) return false;
        if (!SpeakerNouns.Contains(tokens[k - 1].Text)) return false;
        for (var i = place.TokenEnd; i < tokens.Count && i < place.TokenEnd + VerbReach; i++)
            if (SpeechVerbs.Contains(tokens[i].Text) ||
                ReactionVerbs.Contains(tokens[i].Text) && i + 1 < tokens.Count && !tokens[i + 1].IsCapitalized) return true;
        return false;
    }
}
