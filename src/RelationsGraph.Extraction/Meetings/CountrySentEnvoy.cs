using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Iraq sent President X", "Chile and Peru sent their presidents, X and Y", "Laos sent its foreign minister, Z": the people
/// a country sends are at the gathering under discussion (pattern: attendance told as a country's sending of its envoy).
/// True at the verb, with a country as its subject and a person as its object.
/// </summary>
internal static class CountrySentEnvoy
{
    private const int SubjectReach = 14, ObjectReach = 6;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower is not ("sent" or "sends" or "dispatched")) return false;
        // "was sent by": a passive names the sender after the verb, not the envoy.
        if (i > 0 && tokens[i - 1].Lower is "was" or "were" or "been" or "be") return false;
        var subject = SenderBefore(mentions, i);
        var collective = CollectiveSenderAt(tokens, i);
        // a person sending someone is not at the gathering
        if (collective is null && subject is not { Kind: MentionKind.Country }) return false;
        for (var k = collective ?? subject!.TokenEnd; k < i; k++)
            if (tokens[k].Text is ";" or ":" || tokens[k].Lower is "who" or "which") return false;
        var envoy = FirstNamedAfter(mentions, i);
        if (envoy is not { Kind: MentionKind.Person } || envoy.TokenStart - i > ObjectReach) return false;
        // "sent a letter to President X": the person receives something, nobody is sent; "sent rescue teams and Minister X, who
        // visited": another object comes first, and the person begins a clause of their own.
        for (var k = i + 1; k < envoy.TokenStart; k++)
            if (tokens[k].Lower is "to" or "and" or "letter" or "message" or "condolences" or "greetings" or "troops" or "aid") return false;
        return true;
    }

    // "The region sent A, B and C", "Each member state sent its foreign minister", "The host nation also sent D": the states
    // taking part, told by a collective noun rather than by name, send their envoys as a named country does.
    private static readonly FrozenSet<string> CollectiveSenders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "region", "country", "countries", "nation", "nations", "state", "states", "bloc", "neighbours", "neighbors", "partners", "members", "aspirants",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where a collective noun of states stands as the subject right before the verb at <paramref name="i"/> ("also" may part them), or null.</summary>
    private static int? CollectiveSenderAt(List<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Lower == "also") k--;
        return k >= 0 && CollectiveSenders.Contains(tokens[k].Text) ? k + 1 : null;
    }

    // Searches of their own, so that no closure is made for the many words that are no sending verb.
    private static Mention? SenderBefore(IReadOnlyList<Mention> mentions, int i) =>
        mentions.LastOrDefault(p => p.TokenEnd <= i && i - p.TokenEnd <= SubjectReach && p.EntityId is not null);

    private static Mention? FirstNamedAfter(IReadOnlyList<Mention> mentions, int i) => mentions.FirstOrDefault(p => p.TokenStart > i && p.EntityId is not null);
}
