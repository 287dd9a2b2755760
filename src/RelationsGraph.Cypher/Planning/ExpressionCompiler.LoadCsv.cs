using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Import;
using RelationsGraph.Cypher.Syntax.Ast;
using ExecutionContext = RelationsGraph.Cypher.Execution.ExecutionContext;

namespace RelationsGraph.Cypher.Planning;

// linenumber() and file(): where LOAD CSV is in its file; null outside LOAD CSV, as in Neo4j.
// toInteger(row.key) and toFloat(row.key) over a LOAD CSV row: the field converted from its characters.
internal sealed partial class ExpressionCompiler
{
    private static Evaluator? LoadCsvFunction(FunctionCall call)
    {
        if (call.Arguments.Count != 0) return null;
        if (call.Name.Equals("linenumber", StringComparison.OrdinalIgnoreCase)) return (_, context) => context.CsvPosition?.Line;
        if (call.Name.Equals("file", StringComparison.OrdinalIgnoreCase)) return (_, context) => context.CsvPosition?.File;
        return null;
    }

    /// <summary>
    /// toInteger or toFloat of a variable's property: when the variable holds a LOAD CSV row the field is parsed
    /// where the reader stored it, with no string made for it (a bulk import converts every id this way); any
    /// other value goes through the function as usual. Null when the call is not of that form.
    /// </summary>
    private Evaluator? CsvFieldConversion(FunctionCall call, Scope scope, IReadOnlyDictionary<string, int>? substitutions)
    {
        if (call.Arguments is not [PropertyAccess { Target: Variable variable, Key: var key }]) return null;
        if ((substitutions is not null && substitutions.Count > 0) || !scope.TryGet(variable.Name, out var slot)) return null;
        bool integer;
        if (call.Name.Equals("toInteger", StringComparison.OrdinalIgnoreCase)) integer = true;
        else if (call.Name.Equals("toFloat", StringComparison.OrdinalIgnoreCase)) integer = false;
        else return null;
        var general = CompileFunction(call, scope, substitutions);
        return (row, context) => row[slot] is CsvRowMap csv ? csv.ConvertField(key, integer) : general(row, context);
    }

    /// <summary>
    /// The unboxed reading of toInteger(row.key) over a LOAD CSV row (see <see cref="IntegerEvaluator"/>), for an index
    /// seek on an integer key; null for any other expression. False for a row that is no LOAD CSV row or a field that
    /// is not plain integer text: the seek then evaluates the expression as usual.
    /// </summary>
    public IntegerEvaluator? CompileInteger(Expression expression, Scope scope)
    {
        if (expression is not FunctionCall { Arguments: [PropertyAccess { Target: Variable variable, Key: var key }] } call
            || !call.Name.Equals("toInteger", StringComparison.OrdinalIgnoreCase) || !scope.TryGet(variable.Name, out var slot)) return null;
        return (object?[] row, ExecutionContext _, out long value) =>
        {
            if (row[slot] is CsvRowMap csv) return csv.TryIntegerField(key, out value);
            value = 0;
            return false;
        };
    }
}
