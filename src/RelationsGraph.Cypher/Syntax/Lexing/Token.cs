namespace RelationsGraph.Cypher.Syntax.Lexing;

internal enum TokenKind
{
    EndOfInput,
    /// <summary>A bare word: an identifier or a keyword (keywords are recognised by the parser, case-insensitively).</summary>
    Word,
    /// <summary>A `backtick quoted` name; never a keyword.</summary>
    QuotedName,
    String,
    Integer,
    Float,
    /// <summary>$name or $0; Value holds the name.</summary>
    Parameter,
    LeftParen, RightParen, LeftBracket, RightBracket, LeftBrace, RightBrace,
    Comma, Dot, DotDot, Colon, Pipe, Semicolon,
    Plus, Minus, Star, Slash, Percent, Caret,
    Equal, NotEqual, Less, Greater, LessEqual, GreaterEqual, RegexMatch, PlusEqual,
}

/// <summary>
/// One token. Text is the raw source slice; Value is the decoded payload: the name of a word,
/// quoted name or parameter, the unescaped string, the magnitude of an integer (BigInteger, the
/// parser applies the sign and checks the range) or the double of a float.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text, object? Value)
{
    public int End => Start + Length;

    public bool IsWord(string keyword) =>
        Kind == TokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>The name carried by a word or a quoted name.</summary>
    public string Name => (string)Value!;
}
