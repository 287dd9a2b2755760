namespace RelationsGraph.Cypher.Syntax;

/// <summary>Where a piece of syntax stands in the query text; lines and columns are 1-based.</summary>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column)
{
    public static readonly SourceSpan None = new(0, 0, 1, 1);
}
