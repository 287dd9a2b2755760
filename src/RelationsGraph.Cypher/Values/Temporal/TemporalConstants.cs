namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>Unit sizes shared by the temporal types; every time of day is kept as nanoseconds since midnight.</summary>
internal static class TemporalConstants
{
    public const long NanosPerMicrosecond = 1_000L;
    public const long NanosPerMillisecond = 1_000_000L;
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerMinute = 60 * NanosPerSecond;
    public const long NanosPerHour = 60 * NanosPerMinute;
    public const long NanosPerDay = 24 * NanosPerHour;
    public const long SecondsPerDay = 86_400L;

    /// <summary>Average Gregorian month (365.2425 / 12 days), used for fractional months as Neo4j does.</summary>
    public const long SecondsPerAverageMonth = 2_629_746L;

    /// <summary>DateOnly.DayNumber of 1970-01-01.</summary>
    public static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;
}
