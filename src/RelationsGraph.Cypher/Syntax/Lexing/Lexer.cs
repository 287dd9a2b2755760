using System.Text;

namespace RelationsGraph.Cypher.Syntax.Lexing;

/// <summary>
/// Turns query text into tokens. Keywords are not distinguished from identifiers here: Cypher's
/// keywords are case-insensitive and many double as names, so the parser decides by context.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly SyntaxErrors _errors;
    private readonly CancellationToken _cancellation;
    private int _position;

    private Lexer(string text, SyntaxErrors errors, CancellationToken cancellation)
    {
        _text = text;
        _errors = errors;
        _cancellation = cancellation;
    }

    public static List<Token> Tokenize(string text, SyntaxErrors errors, CancellationToken cancellation = default)
    {
        var lexer = new Lexer(text, errors, cancellation);
        var tokens = new List<Token>();
        Token token;
        do
        {
            if ((tokens.Count & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            token = lexer.Next();
            tokens.Add(token);
        } while (token.Kind != TokenKind.EndOfInput);
        return tokens;
    }

    private char Current => Peek(0);

    private char Peek(int ahead) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private bool AtEnd => _position >= _text.Length;

    private Token Next()
    {
        SkipTriviaAndComments();
        var start = _position;
        if (AtEnd) return new Token(TokenKind.EndOfInput, start, 0, "", null);

        var c = Current;
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1)))) return LexNumber();
        if (IsIdentifierStart(c)) return LexWord();
        switch (c)
        {
            case '`': return LexQuotedName();
            case '\'' or '"': return LexString();
            case '$': return LexParameter();
        }
        return LexSymbol();
    }

    private void SkipTriviaAndComments()
    {
        while (!AtEnd)
        {
            var c = Current;
            if (char.IsWhiteSpace(c)) { _position++; continue; }
            if (c == '/' && Peek(1) == '/')
            {
                while (!AtEnd && Current is not ('\n' or '\r')) _position++;
                continue;
            }
            if (c == '/' && Peek(1) == '*')
            {
                var start = _position;
                var close = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (close < 0) throw _errors.At(start, "UnexpectedSyntax", "Unterminated comment: missing '*/'");
                _position = close + 2;
                continue;
            }
            return;
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private Token LexWord()
    {
        var start = _position;
        while (!AtEnd && IsIdentifierPart(Current)) _position++;
        var text = _text[start.._position];
        return new Token(TokenKind.Word, start, _position - start, text, text);
    }

    private Token LexQuotedName()
    {
        var start = _position;
        var name = ReadQuotedName();
        return new Token(TokenKind.QuotedName, start, _position - start, _text[start.._position], name);
    }

    /// <summary>Reads `...` where a doubled backtick stands for one backtick.</summary>
    private string ReadQuotedName()
    {
        var start = _position;
        _position++;
        var name = new StringBuilder();
        while (true)
        {
            if (AtEnd) throw _errors.At(start, "UnexpectedSyntax", "Unterminated quoted name: missing '`'");
            if (Current == '`')
            {
                if (Peek(1) != '`') break;
                _position++;
            }
            name.Append(Current);
            _position++;
        }
        _position++;
        if (name.Length == 0) throw _errors.At(start, "UnexpectedSyntax", "Invalid input '``': a quoted name cannot be empty");
        return name.ToString();
    }

    private Token LexParameter()
    {
        var start = _position;
        _position++;
        string name;
        if (Current == '`') name = ReadQuotedName();
        else if (IsIdentifierPart(Current))
        {
            var nameStart = _position;
            while (!AtEnd && IsIdentifierPart(Current)) _position++;
            name = _text[nameStart.._position];
        }
        else throw _errors.At(_position, "UnexpectedSyntax", $"Invalid input '{Describe(_position)}': expected a parameter name after '$'");
        return new Token(TokenKind.Parameter, start, _position - start, _text[start.._position], name);
    }

    private Token LexSymbol()
    {
        var start = _position;
        var c = Current;
        var next = Peek(1);
        (TokenKind kind, int length) = c switch
        {
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            '{' => (TokenKind.LeftBrace, 1),
            '}' => (TokenKind.RightBrace, 1),
            ',' => (TokenKind.Comma, 1),
            '.' when next == '.' => (TokenKind.DotDot, 2),
            '.' => (TokenKind.Dot, 1),
            ':' => (TokenKind.Colon, 1),
            '|' => (TokenKind.Pipe, 1),
            ';' => (TokenKind.Semicolon, 1),
            '+' when next == '=' => (TokenKind.PlusEqual, 2),
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '%' => (TokenKind.Percent, 1),
            '^' => (TokenKind.Caret, 1),
            '=' when next == '~' => (TokenKind.RegexMatch, 2),
            '=' => (TokenKind.Equal, 1),
            '!' when next == '=' => (TokenKind.NotEqual, 2),
            '<' when next == '>' => (TokenKind.NotEqual, 2),
            '<' when next == '=' => (TokenKind.LessEqual, 2),
            '<' => (TokenKind.Less, 1),
            '>' when next == '=' => (TokenKind.GreaterEqual, 2),
            '>' => (TokenKind.Greater, 1),
            _ => throw InvalidCharacter(start),
        };
        _position += length;
        return new Token(kind, start, length, _text.Substring(start, length), null);
    }

    private CypherException InvalidCharacter(int offset)
    {
        var c = _text[offset];
        // Dashes and arrows pasted from word processors look like operators but are not.
        if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' or '\u27E8' or '\u27E9' or '\u3008' or '\u3009')
        {
            return _errors.At(offset, "InvalidUnicodeCharacter",
                $"Invalid input '{c}': it looks like a dash or angle bracket, but it is the Unicode character U+{(int)c:X4}; use '-', '<' or '>' instead");
        }
        if (c is '\u2018' or '\u2019' or '\u201C' or '\u201D')
            return _errors.At(offset, "UnexpectedSyntax", $"Invalid input '{c}': typographic quotes do not delimit strings; use ' or \"");
        return _errors.At(offset, "UnexpectedSyntax", $"Invalid input '{Describe(offset)}': unexpected character");
    }

    /// <summary>The text at an offset, for error messages: the rest of the word, or the single character.</summary>
    private string Describe(int offset)
    {
        if (offset >= _text.Length) return "";
        var end = offset;
        while (end < _text.Length && IsIdentifierPart(_text[end])) end++;
        return end > offset ? _text[offset..end] : _text[offset].ToString();
    }
}
