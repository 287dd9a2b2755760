namespace RelationsGraph.Extraction.Text;

/// <summary>
/// A date named in a sentence. <see cref="Value"/> is ISO YYYY, YYYY-MM or YYYY-MM-DD, as precise
/// as the text allows, or null when it cannot be resolved (e.g. "on Monday" with no publication date).
/// <see cref="Rule"/> names the rule that set the value when one beyond the plain reading did, for the trace.
/// </summary>
public sealed record DateExpression(int TokenStart, int TokenEnd, string Text, string? Value, string? Rule = null);
