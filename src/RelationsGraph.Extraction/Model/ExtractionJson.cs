using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsGraph.Extraction.Model;

/// <summary>Reads and writes <see cref="ExtractionDocument"/> in the documented JSON format.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        // Keep quotes, dashes and accents readable in evidence sentences.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ExtractionDocument document) =>
        JsonSerializer.Serialize(document, Options);

    public static ExtractionDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractionDocument>(json, Options)
        ?? throw new JsonException("The extraction document is empty.");
}
