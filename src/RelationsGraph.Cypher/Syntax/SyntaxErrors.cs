namespace RelationsGraph.Cypher.Syntax;

/// <summary>Builds compile-time CypherExceptions that point at a position of the query text.</summary>
internal sealed class SyntaxErrors
{
    private readonly string _text;
    private int[]? _lineStarts;

    public SyntaxErrors(string text) => _text = text;

    public CypherException At(int offset, string detail, string message, string errorClass = "SyntaxError")
    {
        var (line, column) = Locate(offset);
        return new CypherException(errorClass, detail, ErrorPhase.Compile, message, line, column, offset);
    }

    public SourceSpan Span(int start, int end)
    {
        var (line, column) = Locate(start);
        return new SourceSpan(start, Math.Max(0, end - start), line, column);
    }

    /// <summary>1-based line and column of an offset; "\r\n", "\n" and "\r" all end a line.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        _lineStarts ??= ComputeLineStarts(_text);
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}
