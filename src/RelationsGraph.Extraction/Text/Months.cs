namespace RelationsGraph.Extraction.Text;

/// <summary>Month and weekday names as news copy writes them, with the AP abbreviations.</summary>
internal static class Months
{
    private static readonly FrozenDictionary<string, int> ByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regex alternation of every month spelling, longest first, abbreviations with an optional dot.</summary>
    public const string Pattern =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?";

    public const string WeekdayPattern = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    public static int? Parse(string name) => ByName.TryGetValue(name.TrimEnd('.'), out var m) ? m : null;

    public static DayOfWeek? ParseWeekday(string name) => Weekdays.TryGetValue(name, out var d) ? d : null;

    public static bool IsMonthOrWeekday(string word) =>
        ByName.ContainsKey(word.TrimEnd('.')) && word.Length > 2 || Weekdays.ContainsKey(word);
}
