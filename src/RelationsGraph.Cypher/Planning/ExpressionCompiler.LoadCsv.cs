using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Import;
using RelationsGraph.Cypher.Syntax.Ast;

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
}
