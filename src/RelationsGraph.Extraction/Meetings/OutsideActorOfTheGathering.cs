using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X had followed the talks closely", "X and Y gave the talks their backing", "X, who criticised the summit": a
/// gathering named again by "the" + its noun, as the object of a verb of watching from afar, backing or opposing, is acted on
/// from outside; that verb's subject is not one of its participants (pattern: a stance taken towards an event is not a seat at
/// it). Verbs of presence ("watched", "witnessed", "described", "hosted" ...) are not in the class and keep their subject.
/// </summary>
internal static class OutsideActorOfTheGathering
{
    private static readonly FrozenSet<string> StanceVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "followed", "monitored", "backed", "supported", "given", "gave", "pushed", "criticised", "criticized", "dismissed",
        "condemned", "denounced", "opposed", "boycotted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person stands before "VERB the NOUN", VERB being a stance verb and NOUN the whole meeting reference.</summary>
    public static bool Applies(List<Token> tokens, Mention person, MeetingMention m)
    {
        var s = m.TokenStart;
        if (m.TokenEnd - s != 1 || s < 2 || person.TokenEnd > s - 2) return false;
        return tokens[s - 1].Lower is "the" or "these" or "those" && StanceVerbs.Contains(tokens[s - 2].Text);
    }
}
