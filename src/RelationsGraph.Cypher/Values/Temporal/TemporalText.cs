namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>Parses ISO-8601 text into the temporal value of a given Kind; the inverse of each type's ToString().</summary>
internal static class TemporalText
{
    public static TemporalValue Parse(string kind, string text) => kind switch
    {
        "Date" => IsoTemporalParser.ParseDate(text),
        "LocalTime" => IsoTemporalParser.ParseLocalTime(text),
        "Time" => IsoTemporalParser.ParseTime(text),
        "LocalDateTime" => IsoTemporalParser.ParseLocalDateTime(text),
        "DateTime" => IsoTemporalParser.ParseDateTime(text),
        "Duration" => IsoDurationParser.Parse(text),
        _ => throw new ArgumentException($"Unknown temporal kind: {kind}", nameof(kind)),
    };
}
