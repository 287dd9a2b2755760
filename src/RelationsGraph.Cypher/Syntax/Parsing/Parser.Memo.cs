using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Syntax.Parsing;

// Packrat memoisation of the rules that speculative parses re-enter. "[({a: [({a: ...})]})]" is tried
// as a pattern comprehension, then as a node pattern, then as an expression, at every level: without
// memo each level parses its inside three times (3^depth); with it each (rule, position) is parsed once.
// A rule's outcome depends only on where it starts, so a stored syntax error is as good as a result.
// Aborts (nesting limit, cancellation) are never stored nor swallowed: they end the whole parse.
internal sealed partial class Parser
{
    private enum Rule { Expression, PatternElement }

    private readonly record struct Outcome(object? Node, CypherException? Error, int End);

    private readonly Dictionary<(Rule, int), Outcome> _memo = [];
    private CypherException? _abort;

    private T Memoized<T>(Rule rule, Func<T> parse) where T : SyntaxNode
    {
        var key = (rule, _index);
        if (_memo.TryGetValue(key, out var known))
        {
            if (known.Error is not null) throw known.Error;
            _index = known.End;
            return (T)known.Node!;
        }
        try
        {
            var node = parse();
            _memo[key] = new Outcome(node, null, _index);
            return node;
        }
        catch (CypherException e) when (!IsAbort(e))
        {
            _memo[key] = new Outcome(null, e, key.Item2);
            throw;
        }
    }

    private CypherException Abort(CypherException error) => _abort = error;

    private bool IsAbort(CypherException error) => ReferenceEquals(error, _abort);
}
