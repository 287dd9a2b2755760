using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "signed a deal aimed at ending the fighting in eastern Congo", "talks on the war in Sudan": a place after "in" that
/// sets a situation noun (war, fighting, crisis, troops) is where the subject of the meeting lies, not where the
/// meeting is held (pattern: the place of what is discussed read as HELD_IN).
/// </summary>
internal static class SituationSetting
{
    private static readonly FrozenSet<string> SituationNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "war", "wars", "fighting", "conflict", "conflicts", "violence", "crisis", "hostilities", "unrest", "insurgency", "famine",
        "situation", "tensions", "bloodshed", "killings", "atrocities", "troops", "forces", "presence", "operations", "attacks",
        "refugees", "displacement", "elections", "election", "investment", "investments", "projects", "stability", "reconstruction",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Is(List<Token> tokens, Mention place)
    {
        var k = place.TokenStart - 1;
        if (k > 0 && tokens[k].Lower == "the") k--;
        if (k > 0 && Lexicon.PlaceAdjectives.Contains(tokens[k].Text)) k--;
        if (k < 1 || tokens[k].Lower != "in") return false;
        return SituationNouns.Contains(tokens[k - 1].Text);
    }
}
