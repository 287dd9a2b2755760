using System.Text.Json;
using RelationsGraph.Cypher;
using RelationsGraph.Loading.Output;

namespace RelationsGraph.Web;

/// <summary>
/// JSON answers built with the shared result writer (Loading/Output/ResultJsonWriter), so the
/// page reads one shape for nodes, relationships and paths from every endpoint.
/// </summary>
internal static class JsonBody
{
    public static IResult Result(QueryResult result) => Object(w => ResultJsonWriter.Write(w, result));

    /// <summary>An object with one named query result per property, plus whatever else write adds.</summary>
    public static IResult Results(params (string Name, QueryResult Result)[] parts) => Object(w =>
    {
        w.WriteStartObject();
        foreach (var (name, result) in parts)
        {
            w.WritePropertyName(name);
            ResultJsonWriter.Write(w, result);
        }
        w.WriteEndObject();
    });

    public static IResult Object(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return Microsoft.AspNetCore.Http.Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
    }
}
