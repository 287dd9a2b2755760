using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Vellmar House press secretary X", "the Vellmar House spokesman", "the Ostrogrod Palace's account of the call",
/// "according to the Ostrogrod Palace": the name of a seat of government used as a modifier of its staff, their words or
/// papers, as the owner of a statement or position, or as the source of a report, stands for the office housed there (as a
/// capital stands for its government), not for the building; the building is a place of the story only where something
/// happens at it ("talks at Vellmar House", "a Vellmar House dinner").
/// </summary>
internal static class SeatAsItsOffice
{
    /// <summary>Staff of an office and what they issue, written right after the seat's name ("White House aides", "a Kremlin readout").</summary>
    private static readonly FrozenSet<string> StaffAndPapers = new HashSet<string>(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "press", "aide", "aides", "official",
        "officials", "staff", "staffer", "staffers", "adviser", "advisers", "advisor", "advisors", "envoy", "envoys", "coordinator",
        "chief", "counsel", "lawyer", "lawyers", "representative", "readout", "readouts", "statement", "statements", "summary",
        "transcript", "account", "fact", "source", "sources", "leader", "leaders", "leadership", "deputy", "communications",
        "insiders", "memo", "briefing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What an office owns in the possessive ("the Kremlin's account", "the White House's proposal"), never a part of a building.</summary>
    private static readonly FrozenSet<string> OwnedWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "account", "readout", "statement", "summary", "version", "reading", "position", "proposal", "decision", "response", "reply",
        "view", "line", "claim", "announcement", "spokesman", "spokeswoman", "spokesperson", "press", "plan", "policy", "request",
        "approval", "objections", "demand", "demands", "stance", "assessment", "envoy", "aides", "officials",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the venue chunk <paramref name="c"/>, a seat of government, is written as its office: after "according to", or,
    /// when no locative word comes before it (<paramref name="locative"/>), before a staff noun or an office title
    /// (<paramref name="titleFollows"/>) or as the owner of a statement or position.
    /// </summary>
    public static bool StandsForTheOffice(List<Token> tokens, NameChunk c, bool locative, bool titleFollows)
    {
        var i = c.Start - 1;
        if (i >= 0 && tokens[i].Lower is "the" or "a") i--;
        if (i >= 1 && tokens[i].Lower == "to" && tokens[i - 1].Lower == "according") return true;
        if (locative) return false;
        if (titleFollows) return true;
        if (c.End >= tokens.Count) return false;
        var next = tokens[c.End];
        return !next.IsCapitalized && StaffAndPapers.Contains(next.Text) ||
               next.Text is "'s" or "’s" && c.End + 1 < tokens.Count && OwnedWords.Contains(tokens[c.End + 1].Text);
    }
}
