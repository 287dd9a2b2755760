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
        if (errorClass == "SyntaxError" && PositionPattern().Match(message) is { Success: true } position)
        {
            // Neo4j appends the line, column and a caret picture; keep the sentence and the numbers
            // so that CypherException.Describe draws the caret the same way for both databases.
            var firstLine = message.Split('\n')[0];
            var sentence = firstLine[..Math.Max(0, firstLine.IndexOf(" (line ", StringComparison.Ordinal))].TrimEnd();
            return new CypherException(errorClass, code, phase, sentence.Length > 0 ? sentence : firstLine,
                Int(position.Groups["line"]), Int(position.Groups["column"]), Int(position.Groups["offset"]));
        }
        // Unknown codes keep Neo4j's code as the detail (CypherException.Code then returns it as is).
        return errorClass == "Neo4jError"
            ? new CypherException(errorClass, code, phase, message)
            : new CypherException(errorClass, code[(code.LastIndexOf('.') + 1)..], phase, message);
    }

    private static (string ErrorClass, ErrorPhase Phase) Classify(string code) => code switch
    {
        "Neo.ClientError.Statement.SyntaxError" => ("SyntaxError", ErrorPhase.Compile),
        "Neo.ClientError.Statement.ParameterMissing" => ("ParameterMissing", ErrorPhase.Compile),
        "Neo.ClientError.Statement.TypeError" => ("TypeError", ErrorPhase.Runtime),
        "Neo.ClientError.Statement.ArgumentError" or "Neo.ClientError.Statement.ArithmeticError" => ("ArgumentError", ErrorPhase.Runtime),
        "Neo.ClientError.Statement.EntityNotFound" => ("EntityNotFound", ErrorPhase.Runtime),
        "Neo.ClientError.Statement.AccessMode" or "Neo.ClientError.Security.Forbidden" => ("AccessMode", ErrorPhase.Runtime),
        "Neo.ClientError.Schema.ConstraintValidationFailed" => ("ConstraintValidationFailed", ErrorPhase.Runtime),
        "Neo.ClientError.Transaction.TransactionTimedOut" or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
            => ("Timeout", ErrorPhase.Runtime),
        "Neo.ClientError.Procedure.ProcedureNotFound" => ("ProcedureError", ErrorPhase.Compile),
        _ => ("Neo4jError", ErrorPhase.Runtime),
    };

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(line (?<line>\d+), column (?<column>\d+) \(offset: (?<offset>\d+)\)\)")]
    private static partial Regex PositionPattern();
}
