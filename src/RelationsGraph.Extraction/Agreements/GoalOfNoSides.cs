namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The minister wants to obtain a treaty that could also settle the whaling grounds": a document the story only talks about in
/// every mention (indefinite, never made, titled, dated or signed; see <see cref="AgreementMention.OnlyTalkedAbout"/>) is a
/// goal or a hypothesis, so the story's two principal countries are not guessed as its sides (the pattern: sides are guessed
/// only for a document the story tells as existing; the sentence's own countries are already no sides of such a one).
/// </summary>
internal static class GoalOfNoSides
{
    /// <summary>True when every mention of <paramref name="a"/> only talks about it.</summary>
    public static bool Holds(Agreement a) => a.Mentions.Count > 0 && a.Mentions.All(x => x.OnlyTalkedAbout);
}
