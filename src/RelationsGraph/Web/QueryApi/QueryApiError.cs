using RelationsGraph.Cypher;

namespace RelationsGraph.Web.QueryApi;

/// <summary>A refusal in Neo4j's shape: a status code (Neo.ClientError...) and message, answered with an HTTP status.</summary>
internal sealed class QueryApiError(int httpStatus, string code, string message) : Exception(message)
{
    public int HttpStatus { get; } = httpStatus;
    public string Code { get; } = code;

    public static QueryApiError Invalid(string message) => new(StatusCodes.Status400BadRequest, "Neo.ClientError.Request.Invalid", message);

    /// <summary>An engine error: Neo4j's code, and the message with line, column and caret as Neo4j writes them.</summary>
    public static QueryApiError From(CypherException error, string? statement) =>
        new(StatusCodes.Status400BadRequest, error.Code, error.Describe(statement));

    public static QueryApiError TransactionNotFound(string id) => new(StatusCodes.Status404NotFound,
        "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction with id {id} not found. It may have timed out and been rolled back.");
}
