using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "After five days of talks in Arlen, A and B signed the accord", "Following nine hours of negotiations, A and B agreed":
/// talks told by their length in a phrase opening the clause, before the act it reports, are a gathering of their own that
/// the people of the main clause held, not a mere time anchor (pattern: a fronted "after/following N days/hours/weeks of
/// talks" with the clause's people). "Before N days of talks", a span counted in months or years, a trailing phrase ("A
/// signed ... after three days of talks hosted by C") and a clause naming no one stay a time anchor (see
/// <see cref="EventBoundary.IsTimeAnchor"/>).
/// </summary>
internal static class CountedSpanOfTalks
{
    public const string Note = "talks told by their length before the act: a gathering of the main clause's people";

    private static readonly FrozenSet<string> Units = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "days", "hours", "weeks", "day", "hour", "week" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the meeting noun at <paramref name="trigger"/> ends an "after N days of talks" phrase whose main clause names a person.</summary>
    public static bool Keeps(List<Token> tokens, int trigger, IReadOnlyList<Mention> mentions, int[] segments) =>
        ClausePeople(tokens, trigger, mentions, segments).Any();

    /// <summary>
    /// The people of the main clause of the "after N days of talks" phrase ending at <paramref name="trigger"/>, named after the
    /// phrase's comma when it opens the clause ("After five days of talks in X, A and B signed"); never the people inside the
    /// phrase. Empty when it is no such phrase, or when the phrase trails its clause.
    /// </summary>
    public static IEnumerable<Mention> ClausePeople(List<Token> tokens, int trigger, IReadOnlyList<Mention> mentions, int[] segments)
    {
        if (tokens[trigger].Lower is not ("talks" or "negotiations" or "meetings" or "consultations" or "discussions") || EventBoundary.SpanConnective(tokens, trigger) is not { } connective ||
            tokens[connective].Lower is not ("after" or "following")) yield break;
        var of = connective + 1;
        while (of < trigger && tokens[of].Lower != "of") of++;
        if (of == trigger || !Units.Contains(tokens[of - 1].Text)) yield break;
        // Opening the clause: first in its segment, or right after a dateline's dash.
        var opens = connective == 0 || segments[connective - 1] != segments[connective] || tokens[connective - 1].Text is "—" or "–" or "-" or "--" or ":";
        if (!opens) yield break; // "A signed ... after three days of talks hosted by C": the trailing phrase stays a time anchor
        var phraseEnd = trigger + 1;
        while (phraseEnd < tokens.Count && tokens[phraseEnd].Text is not ("," or "." or ";" or ":") && segments[phraseEnd] == segments[trigger]) phraseEnd++;
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Person || p.EntityId is null || p.TokenStart >= tokens.Count || segments[p.TokenStart] != segments[trigger]) continue;
            if (p.TokenStart < phraseEnd) continue; // inside the phrase ("talks with C"): the talks' counterpart, not the clause
            if (p.TokenEnd < tokens.Count && tokens[p.TokenEnd].Text is "'s" or "’s") continue; // a possessor names no subject
            // "A, adviser to President B, signed": the one a subject serves, or acts for, is described, not at the talks.
            if (ParticipantFilters.IsServedOrRepresented(tokens, p) || ParticipantFilters.ActsUnderAnother(tokens, p)) continue;
            yield return p;
        }
    }
}
