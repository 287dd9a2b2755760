using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Future told without "will": "a commission is to convene in X", "both sides agreed to hold another round", "a summit has been
/// pencilled in for May", "he accepted an invitation to visit Y" (pattern: the English constructions that put an event after the time told —
/// "be to" + verb, the verbs of deciding or committing + "to", and the participles of scheduling).
/// </summary>
internal static class FutureConstruction
{
    /// <summary>Present forms only: "the second half of the evening was to include X" is a part of the event reported, seen from before it.</summary>
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "am" };

    /// <summary>Verbs of deciding or committing to a later act, before "to" ("agreed to meet", "decided to hold").</summary>
    private static readonly HashSet<string> CommitVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "agree", "agrees", "agreed", "agreeing", "decide", "decides", "decided", "resolve", "resolves", "resolved",
        "promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed", "intend", "intends", "intended",
        "plan", "arrange", "arranges", "arranged", "undertake", "undertakes", "undertook", "accept", "accepts", "accepted",
    };

    /// <summary>Participles and adjectives of scheduling ("slated for", "pencilled in", "the forthcoming summit").</summary>
    private static readonly HashSet<string> ScheduleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "slated", "pencilled", "penciled", "tentatively", "forthcoming", "scheduled", "envisaged", "envisioned",
    };

    /// <summary>Whether the token at <paramref name="i"/> marks a later event.</summary>
    public static bool At(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (ScheduleWords.Contains(w)) return true;
        if (w != "to" || i == 0 || i + 1 >= tokens.Count || !tokens[i + 1].IsWord) return false;
        var before = tokens[i - 1].Lower;
        // "is to meet", but not "is to blame", nor a purpose told ("the aim of the visit is to deepen ties").
        if (tokens[i + 1].IsCapitalized || tokens[i + 1].Lower is "blame" or "date") return false;
        if (CommitVerbs.Contains(before)) return true;
        return BeForms.Contains(before) && !PurposeBefore(tokens, i - 1);
    }

    private static readonly HashSet<string> PurposeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "aim", "aims", "goal", "goals", "purpose", "objective", "objectives", "task", "idea", "intention", "mission", "priority",
        "priorities", "challenge", "plan", "hope", "point", "focus", "agenda", "role", "job", "way", "step", "answer", "solution",
    };

    /// <summary>"The purpose of the visit is", "whose aim is": a noun of purpose heads the subject of "is".</summary>
    private static bool PurposeBefore(List<Token> tokens, int be)
    {
        for (var k = be - 1; k >= 0 && be - k <= 8 && tokens[k].Text is not ("," or ";" or ":"); k--)
            if (PurposeNouns.Contains(tokens[k].Text)) return true;
        return false;
    }
}
