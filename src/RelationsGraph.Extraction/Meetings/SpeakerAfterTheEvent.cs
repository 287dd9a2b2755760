using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X told reporters after the ceremony", "Y said after the talks that ...", "Z told a news conference following the
/// signing": a remark given right after a gathering, by the speaker named as the subject of the speech verb, is given at
/// that gathering's door, so the speaker was there (pattern: the quote "after the talks" whose only cue of attendance is the
/// time anchor). The reference stays a time anchor for everyone else in the sentence; only the speaker joins it.
/// </summary>
internal static class SpeakerAfterTheEvent
{
    public const string Note = "spoke right after the gathering: the speaker was at it";

    // Words of the audience between the speech verb and the anchor: "told reporters", "told a joint news conference".
    private static readonly FrozenSet<string> AudienceWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "correspondents", "the", "a", "joint", "news", "press", "conference", "briefing",
        "later", "afterwards", "shortly", "soon", "immediately", "just",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person whose speech verb the anchor follows, or null.</summary>
    public static Mention? Of(List<Token> tokens, IReadOnlyList<Mention> people, int trigger)
    {
        // The anchor's preposition: "after the ceremony", "following the signing".
        var k = trigger - 1;
        while (k >= 0 && trigger - k <= 3 && tokens[k].Lower is "the" or "this" or "that" or "their" or "his" or "her" or "its") k--;
        if (k < 1 || k == trigger - 1 || tokens[k].Lower is not ("after" or "following")) return null;
        // Back over the audience to the speech verb.
        var v = k - 1;
        while (v >= 0 && k - v <= 5 && AudienceWords.Contains(tokens[v].Text)) v--;
        if (v < 1 || tokens[v].Lower is not ("said" or "told" or "says" or "tells")) return null;
        // "told" takes its audience: "X told reporters after ...", not "X told Y after the talks".
        if (tokens[v].Lower is "told" or "tells" && v == k - 1) return null;
        // The speaker ends right before the verb ("Merkel told"), or before a comma closing an apposition is not read.
        return people.FirstOrDefault(p => p.TokenEnd == v);
    }
}
