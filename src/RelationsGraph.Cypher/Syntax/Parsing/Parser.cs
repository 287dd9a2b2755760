using RelationsGraph.Cypher.Syntax.Ast;
using RelationsGraph.Cypher.Syntax.Lexing;

namespace RelationsGraph.Cypher.Syntax.Parsing;

/// <summary>
/// Recursive-descent parser over a pre-lexed token list. Backtracking is a matter of resetting
/// the token index, used only where Cypher is ambiguous ("(a)" expression vs "(a)-->(b)" pattern).
/// The rules tried speculatively are memoised by start position (packrat parsing, see
/// Parser.Memo.cs), so nested ambiguous brackets cost linear, not exponential, work.
/// This file holds the cursor and the error helpers; each grammar area has its own partial file.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly SyntaxErrors _errors;
    private readonly List<Token> _tokens;
    private readonly int _maxNesting;
    private readonly CancellationToken _cancellation;
    private int _index;

    public Parser(string text, int maxNesting = DefaultMaxNesting, CancellationToken cancellation = default)
    {
        _text = text;
        _errors = new SyntaxErrors(text);
        _maxNesting = Math.Clamp(maxNesting, 1, DefaultMaxNesting);
        _cancellation = cancellation;
        _tokens = Lexer.Tokenize(text, _errors, cancellation);
    }

    /// <summary>Tokens consumed, counting re-reads after backtracking: the parser's work, linear in the input.</summary>
    internal int TokensConsumed => _steps;

    /// <summary>The deepest nesting the parse reached, so a cached statement can be checked against a lower limit.</summary>
    public int DeepestNesting { get; private set; }

    private Token Current => _tokens[_index];

    private Token Peek(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    /// <summary>The last consumed token, whose end closes the span of the node being built.</summary>
    private Token Previous => _tokens[Math.Max(0, _index - 1)];

    private Token Advance()
    {
        if ((++_steps & 1023) == 0) _cancellation.ThrowIfCancellationRequested();
        var token = Current;
        if (token.Kind != TokenKind.EndOfInput) _index++;
        return token;
    }

    private bool Is(TokenKind kind) => Current.Kind == kind;

    private bool IsKeyword(string keyword) => Current.IsWord(keyword);

    private bool IsKeywordAt(int ahead, string keyword) => Peek(ahead).IsWord(keyword);

    private bool Accept(TokenKind kind)
    {
        if (!Is(kind)) return false;
        Advance();
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!IsKeyword(keyword)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string expected)
    {
        if (!Is(kind)) throw Unexpected(expected);
        return Advance();
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AcceptKeyword(keyword)) throw Unexpected(keyword);
    }

    /// <summary>Any name where the grammar wants a schema name: labels, types, property keys, map keys, aliases (keywords allowed).</summary>
    private string ExpectName(string expected)
    {
        if (Current.Kind is TokenKind.Word or TokenKind.QuotedName) return Advance().Name;
        throw Unexpected(expected);
    }

    private bool IsVariableToken(int ahead = 0)
    {
        var token = Peek(ahead);
        return token.Kind == TokenKind.QuotedName || (token.Kind == TokenKind.Word && !Keywords.IsReserved(token.Text));
    }

    private string ExpectVariable(string expected = "a variable name")
    {
        if (!IsVariableToken()) throw Unexpected(expected);
        return Advance().Name;
    }

    /// <summary>Runs a speculative parse; on a syntax error rewinds and reports failure.</summary>
    private bool TryParse<T>(Func<T> parse, out T result) where T : class
    {
        var saved = _index;
        var nesting = _nesting;
        try
        {
            result = parse();
            return true;
        }
        catch (CypherException e) when (!IsAbort(e))
        {
            _index = saved;
            _nesting = nesting;
            result = null!;
            return false;
        }
    }

    /// <summary>Deep enough for any real query, shallow enough to stay far from a stack overflow; also the ceiling of QueryOptions.MaxNestingDepth.</summary>
    public const int DefaultMaxNesting = 200;
    private const int MaxChainLength = 1000;
    private int _nesting;
    private int _steps;

    /// <summary>Runs a recursive step of the grammar, refusing input nested deeper than the limit.</summary>
    private T Nested<T>(Func<T> parse)
    {
        if (++_nesting > _maxNesting)
        {
            _nesting--;
            // Fatal: no speculative parse may swallow it and try the same depth again.
            throw Abort(ErrorAt(Current, "NestingTooDeep", $"Invalid input '{Current.Text}': the query is nested more than {_maxNesting} levels deep"));
        }
        DeepestNesting = Math.Max(DeepestNesting, _nesting);
        try
        {
            return parse();
        }
        finally
        {
            _nesting--;
        }
    }

    private SourceSpan SpanFrom(Token start) => _errors.Span(start.Start, Math.Max(start.Start, Previous.End));

    private string TextFrom(Token start) => _text[start.Start..Math.Max(start.Start, Previous.End)];

    private T Spanned<T>(T node, Token start) where T : SyntaxNode => node with { Span = SpanFrom(start) };

    private CypherException Unexpected(string expected) => UnexpectedAt(Current, expected);

    private CypherException UnexpectedAt(Token token, string expected)
    {
        var message = token.Kind == TokenKind.EndOfInput
            ? $"Unexpected end of input: expected {expected}"
            : $"Invalid input '{token.Text}': expected {expected}";
        if (token.Kind == TokenKind.Word && KeywordSuggestion.For(token.Text) is { } suggestion)
            message += $" (did you mean '{suggestion}'?)";
        return _errors.At(token.Start, "UnexpectedSyntax", message);
    }

    private CypherException ErrorAt(Token token, string detail, string message) => _errors.At(token.Start, detail, message);
}
