namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The bloc's charter was signed on Monday ... In a closing communique the rulers declared ...": a statement
/// or communiqué a gathering issues is a text of its own, never the treaty, charter or agreement the story is about (the
/// pattern: news tells what was signed and what was declared as two papers). So a definite statement word that finds no
/// statement told before does not fall back to the story's principal document of another kind; it names a new one.
/// </summary>
internal static class StatementIsNoCharter
{
    /// <summary>True when <paramref name="m"/> is a statement word and <paramref name="principal"/> a document of another family.</summary>
    public static bool Apart(AgreementMention m, Agreement principal) =>
        m.Kind is "joint_statement" or "communique" && principal.Family != "declaration";
}
