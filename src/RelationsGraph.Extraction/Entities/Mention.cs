using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

public enum MentionKind { Person, Country, Place, Organization }

/// <summary>
/// One naming of an entity in one sentence. Person mentions carry the context that makes them
/// a person (title, honorific, role noun, speech verb) and the nationality that context gives.
/// </summary>
public sealed class Mention
{
    public required MentionKind Kind { get; init; }
    public required Sentence Sentence { get; init; }
    public required int TokenStart { get; init; }
    public required int TokenEnd { get; set; }
    public required string Surface { get; init; }
    /// <summary>Known display name (country, organization, place, office-holder), else null.</summary>
    public string? Canonical { get; set; }
    /// <summary>Country of a country, capital or place mention; nationality of a person.</summary>
    public string? Iso2 { get; set; }
    /// <summary>Office or role from the context ("Prime Minister", "Ambassador to Seoul", "pianist").</summary>
    public string? Title { get; set; }
    /// <summary>The title is an office held for a country (not "pianist" or "expert").</summary>
    public bool TitleIsOffice { get; set; }
    /// <summary>The title was not read from the text but is the first office the knowledge base lists for this known person.</summary>
    public bool TitleFromKnowledge { get; set; }
    /// <summary>The context shows this is a person (title, honorific, speech verb, apposition, known holder).</summary>
    public bool HasPersonEvidence { get; set; }
    /// <summary>"the president", "the South Korean leader": a person named by office only.</summary>
    public bool IsNominal { get; init; }
    /// <summary>"Egypt's Sameh Shoukry": a country's own person with no title, who speaks for it.</summary>
    public bool SpeaksForCountry { get; set; }
    /// <summary>"Soviet Foreign Minister X": the nationality was written right before the title before a known name and beats the knowledge base's country.</summary>
    public bool NationalityWritten { get; set; }
    /// <summary>An adjective of nationality ("Japanese"): names the country but is not a name of it.</summary>
    public bool IsDemonym { get; init; }
    /// <summary>A capital standing for its government ("Seoul and Tokyo agreed").</summary>
    public bool IsGovernment { get; init; }
    /// <summary>Organization kind from knowledge (bloc, body, party, news), when known.</summary>
    public string? OrganizationKind { get; init; }

    /// <summary>The recognition rule that made this mention (for <c>extract --trace</c>).</summary>
    public string Rule { get; set; } = "";

    /// <summary>Set by coreference: the entity id this mention refers to.</summary>
    public string? EntityId { get; set; }

    public override string ToString() => $"{Kind} '{Surface}' -> {EntityId}";
}
