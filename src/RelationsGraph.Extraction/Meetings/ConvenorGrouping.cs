using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// A bloc told after the gathering as its convenor, mediator, channel or counterpart ("talks under the regional body",
/// "negotiations convened by the bloc", "under the auspices of the union", "on behalf of the union", "consultations with the union", "dialogue
/// through the association council"): the bloc frames a gathering of others, it does not hold its own sitting (pattern:
/// the bloc as the object of a preposition of agency or company after the meeting noun).
/// </summary>
internal static class ConvenorGrouping
{
    /// <summary>Participles that make the bloc after "by" the one who brought the sides together.</summary>
    private static readonly FrozenSet<string> ConveningParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "convened", "brokered", "mediated", "facilitated", "sponsored", "organised", "organized", "hosted", "chaired", "led", "called",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Of(List<Token> tokens, MeetingMention m, Mention bloc)
    {
        if (bloc.TokenStart < m.TokenEnd || bloc.TokenStart - m.TokenEnd > 6) return false;
        for (var k = m.TokenEnd; k < bloc.TokenStart; k++)
        {
            var w = tokens[k].Lower;
            // "brokered the deal on behalf of the bloc": the bloc sends the mediator, it holds no sitting of its own.
            if (w is "under" or "through" or "via" or "auspices" or "behalf") return true;
            // "consultations with the union" faces the bloc itself; "a summit with leaders of the bloc's states" is its sitting.
            if (w == "with") return bloc.TokenStart - k == 1 || bloc.TokenStart - k == 2 && tokens[k + 1].Lower == "the";
            // "the summit hosted by the union" is the union's own sitting: agency marks a convenor only of talks.
            if (w == "by" && k > m.TokenEnd && ConveningParticiples.Contains(tokens[k - 1].Text) && m.Kind is MeetingKinds.Talks) return true;
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }
}
