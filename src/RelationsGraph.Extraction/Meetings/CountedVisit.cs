using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "It was her third visit to Arventia in two years", "paid a state visit to Arventia, his fourth": a visit counted among
/// the visitor's trips to a country sums up the trip for the reader; the events of the visit are placed in its town,
/// not in the country counted (pattern: an ordinal count of visits describes the journey, it does not locate an event).
/// Only counts from "second" on: "the first visit to X" opens many reports of the visit itself. The country still places
/// the references for grouping; it is left out of HELD_IN only when a town of the visit is given too.
/// </summary>
internal static class CountedVisit
{
    private static readonly FrozenSet<string> Ordinals = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the country is told of this meeting only in sentences counting the visit.</summary>
    public static bool OnlyCounted(Meeting meeting, Mention place)
    {
        if (place.Kind != MentionKind.Country || place.EntityId is not { } id) return false;
        var telling = meeting.Mentions.Where(m => m.Places.Any(p => p.EntityId == id)).ToList();
        return telling.Count > 0 && telling.All(m => m.CountedCountryIds.Contains(id));
    }

    /// <summary>True when the visit mention is counted by an ordinal ("his second visit", "..., her fifth") and the place is a country.</summary>
    public static bool Counts(List<Token> tokens, MeetingMention m, Mention place)
    {
        if (m.Kind != MeetingKinds.Visit || place.Kind != MentionKind.Country) return false;
        // "a fifth visit", "his second state visit", "the minister's third official trip": the ordinal just before the head.
        for (var i = m.TokenStart; i < m.TokenEnd; i++)
            if (Ordinals.Contains(tokens[i].Text)) return true;
        for (var i = m.TokenStart - 1; i >= 0 && i >= m.TokenStart - 3; i--)
        {
            if (Ordinals.Contains(tokens[i].Text)) return true;
            if (tokens[i].Text is "," or ";" or ":" or "." || tokens[i].Lower is "the" or "a" or "his" or "her" or "their") break;
        }
        // "a state visit to X, his fourth": the count set after the place, in apposition.
        var k = place.TokenEnd;
        if (k + 2 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Lower is "his" or "her" or "their" or "its" && Ordinals.Contains(tokens[k + 2].Text)) return true;
        return false;
    }
}
