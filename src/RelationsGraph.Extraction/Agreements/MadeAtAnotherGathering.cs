using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "In March the envoys signed an accord at a lodge by the lake ... In May, at a summit in the capital, nine states signed a
/// protocol": an indefinite document that its own sentence makes at a gathering is a new one, not the document of the same
/// year and family that another gathering of the story made (the pattern: "a"/"an" brings in a document not told yet, and a
/// different making occasion keeps two documents of one year apart).
/// </summary>
internal static class MadeAtAnotherGathering
{
    /// <summary>Whether <paramref name="m"/>, made at <paramref name="meeting"/>, is another document than <paramref name="earlier"/>.</summary>
    /// <remarks>The article itself is read, not the reference's definiteness: a definite reference dated by its sentence ("the
    /// June pact, signed in August") is no longer marked definite, yet still points back.</remarks>
    public static bool Apart(Agreement earlier, AgreementMention m, Meeting? meeting) =>
        Indefinite(m) && m.Concluded && meeting is not null && earlier.ProducedBy is { } other && other != meeting;

    private static bool Indefinite(AgreementMention m) =>
        m.Phrase.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || m.Phrase.StartsWith("an ", StringComparison.OrdinalIgnoreCase);
}
