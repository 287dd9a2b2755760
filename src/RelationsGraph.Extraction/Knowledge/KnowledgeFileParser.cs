namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// Parses the pipe-separated knowledge files: one record a line, '#' comments, lists split by ';'.
/// </summary>
internal static class KnowledgeFileParser
{
    public static IEnumerable<string[]> Rows(string content)
    {
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line.Split('|').Select(f => f.Trim()).ToArray();
        }
    }

    public static string Field(string[] row, int index) => index < row.Length ? row[index] : "";

    public static IReadOnlyList<string> List(string[] row, int index) =>
        Field(row, index).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IEnumerable<CountryInfo> Countries(string content) =>
        Rows(content).Where(r => r.Length >= 2).Select(r =>
            new CountryInfo(r[0].ToUpperInvariant(), r[1], List(r, 2), List(r, 3), List(r, 4)));

    public static IEnumerable<OrganizationInfo> Organizations(string content) =>
        Rows(content).Select(r => new OrganizationInfo(r[0], List(r, 1), Field(r, 2) is { Length: > 0 } k ? k : "body"));

    public static IEnumerable<TitleInfo> Titles(string content) =>
        Rows(content).Select(r => new TitleInfo(r[0], Field(r, 1) is { Length: > 0 } k ? k : "office"));

    public static IEnumerable<OfficeHolder> OfficeHolders(string content) =>
        Rows(content).Where(r => r.Length >= 3).Select(r =>
            new OfficeHolder(r[0], r[1] is "" or "-" ? null : r[1].ToUpperInvariant(), r[2], List(r, 4), Field(r, 3)));

    public static IEnumerable<PlaceInfo> Places(string content) =>
        Rows(content).Select(r => new PlaceInfo(r[0], Field(r, 1) is { Length: 2 } iso ? iso.ToUpperInvariant() : null, List(r, 2)));

    /// <summary>Generated cities: name|iso2|aliases|population|free or context.</summary>
    public static IEnumerable<CityInfo> Cities(string content) =>
        Rows(content).Where(r => r.Length >= 2).Select(r => new CityInfo(r[0], Field(r, 1) is { Length: 2 } iso ? iso.ToUpperInvariant() : null,
            List(r, 2), int.TryParse(Field(r, 3), out var population) ? population : 0, Field(r, 4) == "context"));

    /// <summary>Venues: name|iso2|city|aliases.</summary>
    public static IEnumerable<VenueInfo> Venues(string content) =>
        Rows(content).Where(r => r.Length >= 2).Select(r => new VenueInfo(r[0], Field(r, 1) is { Length: 2 } iso ? iso.ToUpperInvariant() : null,
            Field(r, 2), List(r, 3)));

    /// <summary>Memberships: organization|members, each "ISO2" or "ISO2:since-until" with either year left out.</summary>
    public static IEnumerable<(string Organization, List<GroupingMember> Members)> Memberships(string content) =>
        Rows(content).Where(r => r.Length >= 2).Select(r => (r[0], List(r, 1).Select(Member).ToList()));

    private static GroupingMember Member(string field)
    {
        var parts = field.Split(':', 2);
        var years = parts.Length == 2 ? parts[1].Split('-', 2) : [];
        int? Year(int i) => i < years.Length && int.TryParse(years[i], out var y) ? y : null;
        return new GroupingMember(parts[0].ToUpperInvariant(), Year(0), Year(1));
    }
}
