using System.Globalization;
using System.Text.RegularExpressions;
using RelationsGraph.Cypher;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// Neo4j status codes (Neo.ClientError.Statement.SyntaxError, ...) onto the engine's CypherException,
/// so callers handle one kind of error whichever database answered.
/// </summary>
internal static partial class Neo4jErrorMapper
{
    public static CypherException Map(string code, string message)
    {
        var (errorClass, phase) = Classify(code);
        var detail = errorClass == "Neo4jError" ? code : code[(code.LastIndexOf('.') + 1)..];
        // Neo4j appends the line, column and a caret picture to any error it can place (syntax,
        // semantic, type errors alike); keep the sentence and the numbers so that
        // CypherException.Describe draws the caret the same way for both databases.
        if (PositionPattern().Match(message) is { Success: true } position)
        {
            var firstLine = message.Split('\n')[0];
            var cut = firstLine.IndexOf(" (line ", StringComparison.Ordinal);
            var sentence = cut > 0 ? firstLine[..cut].TrimEnd() : firstLine;
            return new CypherException(errorClass, detail, phase, sentence,
                Int(position.Groups["line"]), Int(position.Groups["column"]), Int(position.Groups["offset"]));
        }
        // Unknown codes keep Neo4j's code as the detail (CypherException.Code then returns it as is).
        return new CypherException(errorClass, detail, phase, message);
    }

    /// <summary>Neo4j's transient errors (Neo.TransientError.*) succeed if the same work is tried again.</summary>
    public static bool IsTransient(CypherException error) => error.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    private static (string ErrorClass, ErrorPhase Phase) Classify(string code) => code switch
    {
        "Neo.ClientError.Statement.SyntaxError" => ("SyntaxError", ErrorPhase.Compile),
        "Neo.ClientError.Statement.SemanticError" => ("SemanticError", ErrorPhase.Compile),
        "Neo.ClientError.Statement.ParameterMissing" => ("ParameterMissing", ErrorPhase.Compile),
        "Neo.ClientError.Statement.TypeError" => ("TypeError", ErrorPhase.Runtime),
        "Neo.ClientError.Statement.ArgumentError" or "Neo.ClientError.Statement.ArithmeticError" => ("ArgumentError", ErrorPhase.Runtime),
        "Neo.ClientError.Statement.EntityNotFound" => ("EntityNotFound", ErrorPhase.Runtime),
        "Neo.ClientError.Statement.AccessMode" or "Neo.ClientError.Security.Forbidden" => ("AccessMode", ErrorPhase.Runtime),
        "Neo.ClientError.Schema.ConstraintValidationFailed" => ("ConstraintValidationFailed", ErrorPhase.Runtime),
        "Neo.ClientError.Transaction.TransactionTimedOut" or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
            => ("Timeout", ErrorPhase.Runtime),
        "Neo.ClientError.Procedure.ProcedureNotFound" => ("ProcedureError", ErrorPhase.Compile),
        "Neo.ClientError.Procedure.ProcedureCallFailed" => ("ProcedureCallFailed", ErrorPhase.Runtime),
        _ => ("Neo4jError", ErrorPhase.Runtime),
    };

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(line (?<line>\d+), column (?<column>\d+) \(offset: (?<offset>\d+)\)\)")]
    private static partial Regex PositionPattern();
}
