namespace RelationsGraph.Cypher;

public enum ErrorPhase { Compile, Runtime }

/// <summary>
/// Every error the engine reports. ErrorClass and Detail follow the openCypher TCK
/// (e.g. SyntaxError / UnknownFunction, TypeError / InvalidArgumentType); Code is Neo4j's status code.
/// </summary>
public class CypherException : Exception
{
    public CypherException(string errorClass, string detail, ErrorPhase phase, string message, int? line = null, int? column = null, int? offset = null)
        : base(message)
    {
        ErrorClass = errorClass; Detail = detail; Phase = phase; Line = line; Column = column; Offset = offset;
    }

    /// <summary>A run-time failure of .NET arithmetic that a value check missed, reported as a Cypher error; InnerException keeps the cause.</summary>
    public CypherException(string errorClass, string detail, string message, Exception inner)
        : base(message, inner)
    {
        ErrorClass = errorClass; Detail = detail; Phase = ErrorPhase.Runtime;
    }

    public string ErrorClass { get; }
    public string Detail { get; }
    public ErrorPhase Phase { get; }
    public int? Line { get; }
    public int? Column { get; }
    public int? Offset { get; }

    public string Code => ErrorClass switch
    {
        "SyntaxError" or "SemanticError" => "Neo.ClientError.Statement.SyntaxError",
        "TypeError" => "Neo.ClientError.Statement.TypeError",
        "ArgumentError" => "Neo.ClientError.Statement.ArgumentError",
        "ParameterMissing" => "Neo.ClientError.Statement.ParameterMissing",
        "EntityNotFound" => "Neo.ClientError.Statement.EntityNotFound",
        "ConstraintValidationFailed" or "ConstraintVerificationFailed" => "Neo.ClientError.Schema.ConstraintValidationFailed",
        "AccessMode" => "Neo.ClientError.Statement.AccessMode",
        "Timeout" => "Neo.ClientError.Transaction.TransactionTimedOut",
        "ProcedureError" => "Neo.ClientError.Procedure.ProcedureNotFound",
        "ProcedureCallFailed" => "Neo.ClientError.Procedure.ProcedureCallFailed",
        "SchemaError" => "Neo.ClientError.Schema.SchemaRuleNotFound",
        "MemoryLimit" => "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "Neo4jError" => Detail,
        _ => "Neo.DatabaseError.General.UnknownError",
    };

    /// <summary>The message, then the offending query line with a caret under the column, Neo4j-style.</summary>
    public string Describe(string? queryText)
    {
        if (queryText is null || Line is null || Column is null) return Message;
        var lines = queryText.Split('\n');
        if (Line < 1 || Line > lines.Length) return Message;
        var text = lines[Line.Value - 1].TrimEnd('\r');
        var caret = new string(' ', Math.Max(0, Column.Value - 1)) + "^";
        return $"{Message} (line {Line}, column {Column} (offset: {Offset ?? 0}))\n\"{text}\"\n {caret}";
    }
}
