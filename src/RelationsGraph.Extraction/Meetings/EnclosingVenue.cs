using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "in the Blue Salon of the Presidential Palace", "the Treaty Room in the Foreign Ministry Building":
/// a room, hall or courtyard told as part of a building names the building too, and a meeting held in the room is held in the
/// building (pattern: a room inside a building, named right before it). The building must be a venue named just after the room,
/// joined only by "of", "in" or "at" and "the", in the same sentence (a comma may start a list of venues instead).
/// </summary>
internal static class EnclosingVenue
{
    public const string Rule = "the building that holds the room the meeting was held in";

    private const int Reach = 3;

    public static Mention? Of(Mention room, IReadOnlyList<Mention> sentenceMentions, Func<Mention, bool> isVenue)
    {
        var tokens = room.Sentence.Tokens;
        Mention? next = null;
        foreach (var m in sentenceMentions)
            if (m.Kind == MentionKind.Place && m.EntityId is not null && m.TokenStart >= room.TokenEnd + 1 && m.TokenStart <= room.TokenEnd + Reach &&
                (next is null || m.TokenStart < next.TokenStart))
                next = m;
        if (next is null || next.EntityId == room.EntityId || !isVenue(next) || NotAVenue.Of(next)) return null;
        if (tokens[room.TokenEnd].Text is not ("of" or "in" or "at")) return null;
        for (var i = room.TokenEnd + 1; i < next.TokenStart; i++)
            if (!tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        return next;
    }
}
