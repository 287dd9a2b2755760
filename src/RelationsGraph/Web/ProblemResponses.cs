using Microsoft.AspNetCore.Diagnostics;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Database;

namespace RelationsGraph.Web;

/// <summary>
/// Turns every failure into RFC 7807 problem details: Cypher errors with their class and position
/// (so the console can point at them), bad requests as 400, a full disk as 507, anything unexpected as
/// 500 with no internals: the client never sees an exception's message or stack, only the log does.
/// </summary>
internal sealed class ProblemResponses(IProblemDetailsService problems, ILogger<ProblemResponses> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var result = For(exception);
        if (result.Status >= 500) log.LogError(exception, "Request {Path} failed", context.Request.Path);
        context.Response.StatusCode = result.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = result.Status, Title = result.Title, Detail = result.Detail, Extensions = result.Extensions },
        });
    }

    public static IResult ToResult(Exception exception)
    {
        var p = For(exception);
        return Results.Problem(p.Detail, statusCode: p.Status, title: p.Title, extensions: p.Extensions);
    }

    private sealed record Problem(int Status, string Title, string Detail, Dictionary<string, object?> Extensions);

    private static Problem For(Exception exception) => exception switch
    {
        // First: a store may report a full disk as a Cypher error.
        _ when StorageFull.Is(exception) => new Problem(StatusCodes.Status507InsufficientStorage, "Server disk full",
            "The server's disk is full, so nothing was saved. Free some disk space on the server and try again.", []),
        CypherException e => new Problem(StatusCodes.Status400BadRequest, e.ErrorClass == "Timeout" ? "Query timed out" : "Cypher error", e.Message,
            new Dictionary<string, object?>
            {
                ["errorClass"] = e.ErrorClass, ["detailCode"] = e.Detail, ["code"] = e.Code,
                ["line"] = e.Line, ["column"] = e.Column, ["offset"] = e.Offset,
            }),
        BadHttpRequestException e => new Problem(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request", e.Message, []),
        FormatException or ArgumentException or System.Text.Json.JsonException => new Problem(StatusCodes.Status400BadRequest, "Bad request", exception.Message, []),
        _ => new Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The server could not complete the request; see its log.", []),
    };
}
