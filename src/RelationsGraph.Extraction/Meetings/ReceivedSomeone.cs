using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X was received by the Chancellor", "Y received the Lanvarian leader": receiving a person is an encounter between host and
/// guest, also when the one received or receiving is told by office alone (pattern: an audience or reception told by
/// "received" with an office for its other party; a name right after the verb or "by" is read by MeetingMentionFinder).
/// "received the award", "received a letter", "received criticism": no person named there, no encounter.
/// </summary>
internal static class ReceivedSomeone
{
    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower is not ("received" or "receives")) return false;
        if (i + 2 >= tokens.Count) return false;
        // "received the Lanvarian prime minister": the one received is told by an office alone (not a roll of offices each
        // with its holder after a comma, "received the President of A, X; the President of B, Y", which lists arrivals).
        if (tokens[i + 1].Lower == "the") return PersonAt(tokens, mentions, i + 1) && !HolderNamedAfter(tokens, i + 2);
        // "was received by the Chancellor": the one receiving, told by an office alone.
        return tokens[i].Lower == "received" && tokens[i + 1].Lower == "by" && tokens[i + 2].Lower == "the" && PersonAt(tokens, mentions, i + 2);
    }

    /// <summary>"the Prime Minister of A, X": the office runs on to a comma and a capitalised name after it.</summary>
    private static bool HolderNamedAfter(List<Token> tokens, int k)
    {
        var end = Math.Min(tokens.Count, k + 8);
        while (k < end && (tokens[k].Lower is "of" or "the" || tokens[k].IsCapitalized && tokens[k].IsWord)) k++;
        return k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord;
    }

    /// <summary>A resolved person whose mention starts at <paramref name="k"/>, or after capitalised title words there
    /// ("US President Y"); not one after other words ("the award from President Y").</summary>
    private static bool PersonAt(List<Token> tokens, IReadOnlyList<Mention> mentions, int k) =>
        mentions.Any(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart >= k && m.TokenStart <= k + 2 &&
                          Enumerable.Range(k, m.TokenStart - k).All(j => tokens[j].IsCapitalized && tokens[j].IsWord || j == k && tokens[j].Lower == "the"));
}
