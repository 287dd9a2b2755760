using RelationsGraph.Cypher.Semantics;
using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher.Tests.Semantics;

internal static class AnalyzeHelpers
{
    public static void Valid(string query) => SemanticAnalyzer.Analyze(CypherParser.Parse(query));

    /// <summary>Parses (which must succeed) and analyzes, returning the compile-time error raised.</summary>
    public static CypherException Invalid(string query)
    {
        var statement = CypherParser.Parse(query);
        var error = Assert.Throws<CypherException>(() => SemanticAnalyzer.Analyze(statement));
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        return error;
    }

    public static void AssertError(string query, string detail, string errorClass = "SyntaxError")
    {
        var error = Invalid(query);
        Assert.Equal((errorClass, detail), (error.ErrorClass, error.Detail));
    }
}
