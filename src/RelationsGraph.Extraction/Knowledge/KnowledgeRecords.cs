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
