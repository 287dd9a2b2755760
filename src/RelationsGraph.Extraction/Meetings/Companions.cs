using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X signed the accord at the convention centre together with both vice presidents, A and B, the speakers of the two
/// houses, C and D, and the army chief, E", "attended, along with F": the people after "together with" or "along with" in
/// the clause of a meeting reference are with its subject at that event, however long the titles between the names run
/// (pattern: companions of the subject). "X arrived for the talks accompanied by A and B" and "X, who was accompanied by
/// C, held talks with Y" tell the same company with a passive verb. Names inside a relative clause of the list are not companions.
/// </summary>
internal static class Companions
{
    public const string Note = "companions: the people 'together with' or 'along with' the subject";

    /// <summary>Where "together with", "along with" or "accompanied by" starts after <paramref name="from"/> and before <paramref name="to"/>, or null.</summary>
    public static int? Start(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 0); k + 1 < Math.Min(to, tokens.Count); k++)
            if (tokens[k].Lower is "together" or "along" && tokens[k + 1].Lower == "with" || tokens[k].Lower == "accompanied" && tokens[k + 1].Lower == "by") return k + 2;
        return null;
    }

    /// <summary>Whether the person at <paramref name="person"/> is one of the companions told after the reference ending at <paramref name="referenceEnd"/>.</summary>
    public static bool Includes(List<Token> tokens, int referenceEnd, int person) =>
        Start(tokens, referenceEnd, person) is { } start && person >= start &&
        !ParticipantFilters.InRelativeClauseOfTheList(tokens, start, person) &&
        !(person > 0 && tokens[person - 1].Lower is "of" or "to" or "for" or "by");
}
