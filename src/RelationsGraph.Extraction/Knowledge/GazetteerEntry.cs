namespace RelationsGraph.Extraction.Knowledge;

/// <summary>What a known phrase is.</summary>
public enum GazetteerKind { Country, Demonym, Capital, Place, Organization, Title, Honorific, Person }

/// <summary>
/// One known phrase. <see cref="Iso2"/> is the country it belongs to (a capital's or place's
/// country, a demonym's country); <see cref="Canonical"/> is the display name of the thing.
/// </summary>
public sealed record GazetteerEntry(GazetteerKind Kind, string Canonical, string? Iso2, string? Detail = null)
{
    /// <summary><see cref="Detail"/> of a place that belongs to no country: a continent or world region.</summary>
    public const string WorldRegion = "region";
}
