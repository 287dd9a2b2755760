using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "talks in a small format at the Vellmar Academy", "a speech at Ostrin University on Monday": a campus named right after
/// the words of the meeting, as where it takes place (an institution read as a venue, see <see cref="InstitutionAsVenue"/>), is
/// where the meeting is held, beside its town (pattern: an institution as the venue). It is added as a further HELD_IN only: the
/// meeting's places, and so its identity and the merging of its reports, stay those of its town.
/// </summary>
internal static class InstitutionVenueOfTheMeeting
{
    public const string Rule = "institution named as the venue right after the meeting";

    /// <summary>How many tokens after the start of the meeting's words "at [the] NAME" may stand.</summary>
    private const int Reach = 8;

    /// <summary>The institutions read as venues right after one of the meeting's references, first seen first.</summary>
    public static IEnumerable<Mention> Of(Meeting meeting, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence)
    {
        // A call joins two places. A speech at a campus is mostly an address to its students ("spoke to students at Ostrin
        // University"), which reports place by the town, so only talks, summits, conferences and signings take the campus.
        if (meeting.Kind is MeetingKinds.PhoneCall or MeetingKinds.Speech) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in meeting.Mentions)
            foreach (var p in mentionsBySentence[reference.Sentence.Index])
            {
                if (p is not { Kind: MentionKind.Place, EntityId: not null } || p.Rule != InstitutionAsVenue.Rule) continue;
                if (p.TokenStart <= reference.TokenStart || p.TokenStart - reference.TokenStart > Reach) continue;
                if (!AfterAt(p)) continue;
                if (seen.Add(p.EntityId!)) yield return p;
            }
    }

    private static bool AfterAt(Mention p)
    {
        var tokens = p.Sentence.Tokens;
        var i = p.TokenStart - 1;
        if (i >= 0 && tokens[i].Lower == "the") i--;
        return i >= 0 && tokens[i].Lower == "at";
    }
}
