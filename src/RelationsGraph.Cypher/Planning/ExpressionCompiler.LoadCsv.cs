using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Syntax.Ast;

namespace RelationsGraph.Cypher.Planning;

// linenumber() and file(): where LOAD CSV is in its file; null outside LOAD CSV, as in Neo4j.
internal sealed partial class ExpressionCompiler
{
    private static Evaluator? LoadCsvFunction(FunctionCall call)
    {
        if (call.Arguments.Count != 0) return null;
        if (call.Name.Equals("linenumber", StringComparison.OrdinalIgnoreCase)) return (_, context) => context.CsvPosition?.Line;
        if (call.Name.Equals("file", StringComparison.OrdinalIgnoreCase)) return (_, context) => context.CsvPosition?.File;
        return null;
    }
}
