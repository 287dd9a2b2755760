using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>One sentence's reference to an agreement, before references are grouped.</summary>
internal sealed class AgreementMention
{
    public required Sentence Sentence { get; init; }
    public required int TokenStart { get; init; }
    public required int TokenEnd { get; init; }
    public required string Kind { get; init; }
    public bool Joint { get; init; }
    /// <summary>The noun phrase as written ("the 1998 declaration").</summary>
    public required string Phrase { get; init; }
    /// <summary>A capitalised title ("Treaty on Basic Relations"), when the text gives one.</summary>
    /// <summary>A known treaty's acronym the reference is ("NAFTA"), see <see cref="TreatyAcronyms"/>.</summary>
    public string? Acronym { get; init; }
    public string? Title { get; init; }
    /// <summary>The title came after "titled" or "entitled" behind the noun (see <see cref="TitledAfterNoun"/>).</summary>
    public bool TitledAfter { get; init; }
    /// <summary>What it is about: "on a plan to allow ...", "for talks on fisheries".</summary>
    public string? Topic { get; init; }
    public int? Year { get; set; }
    /// <summary>The year is given by its own name or the clause that makes it ("the 2005 Agreement", "the treaty signed in 1961"), not by a date its clause merely holds.</summary>
    public bool YearOfItsOwn { get; init; }
    /// <summary>"the", "this", "their": refers back to an agreement already named.</summary>
    public bool Definite { get; set; }
    /// <summary>Of a definite reference, the year of the closest date in its sentence: its year only if it refers to nothing met before.</summary>
    public int? NearbyYear { get; init; }
    /// <summary>Its sentence reports agreeing, signing or issuing it.</summary>
    public bool Concluded { get; init; }
    /// <summary>An elapsed-time phrase ("30 years ago") places it before the events reported.</summary>
    public bool Recalled { get; init; }
    /// <summary>"called it the Khartoum declaration": another name for the document under discussion.</summary>
    public bool RenamesAnother { get; init; }
    /// <summary>Its sentence upholds it ("reaffirm", "uphold", "note of", "based on").</summary>
    public bool Upheld { get; init; }
    /// <summary>"the leaders of A and B signed it": signers named by office and country id (see <see cref="SigningOffices"/>).</summary>
    public List<(string Office, string Country)> SigningOffices { get; } = [];
    /// <summary>Person ids named as signing or issuing it.</summary>
    public List<string> Signatories { get; } = [];
    /// <summary>Countries the phrase itself names: "between A and B", "with A".</summary>
    public List<string> NamedParties { get; } = [];
    /// <summary>
    /// Countries a hyphenated compound before the noun names ("the Franco-Tunisian convention", see <see cref="HyphenatedSides"/>):
    /// sides as firm as <see cref="NamedParties"/>, but kept apart so they claim nothing from other documents of the sentence,
    /// which often share the pair ("the 1972 Sino-Japanese communique and the 1978 treaty").
    /// </summary>
    public List<string> CompoundSides { get; } = [];
    /// <summary>
    /// "tried to draw A and B into a regional security framework", "C's court ruled the deal amounted to a treaty": an unnamed,
    /// undated document the sentence neither makes nor has signed, nor enumerates as made, and whose own phrase names no state
    /// ("an Estonian ferry treaty" does), is only talked about, so the countries of its sentence are no sides of it.
    /// </summary>
    public bool OnlyTalkedAbout { get; init; }
    /// <summary>Country ids the sentence makes parties.</summary>
    public List<string> Parties { get; } = [];
    /// <summary>Of <see cref="Parties"/>, those named before the document: the side that signs or issues it, not what it is about.</summary>
    public List<string> PartiesBefore { get; } = [];
    /// <summary>"the signing of a memorandum by X": countries named as the agent of its signing (see <see cref="SignedByACountry"/>).</summary>
    public List<string> SignedByCountries { get; } = [];
    /// <summary>Of <see cref="Parties"/>, countries named only as where it was made ("signed in Brazil"), the sentence naming no other side.</summary>
    public List<string> PlacesOfMaking { get; } = [];

    /// <summary>Countries of the sentence left out of this document's sides: they belong to another document's name or "between" phrase (see <see cref="OtherDocumentsSides"/>).</summary>
    public List<string> SidesOfAnotherDocument { get; } = [];
    /// <summary>"the two leaders signed it": the meeting's participants are its signatories.</summary>
    public bool SignedByGroup { get; init; }
    /// <summary>"the two sides signed it", "the two governments issued it": states, not people, told as its makers (see <see cref="StatesAsTheSubject"/>).</summary>
    public bool MadeByStates { get; init; }
    /// <summary>The document an item of a signed list opens with (see <see cref="ConcludedListItems"/>): a document of its own.</summary>
    public bool ListItem { get; init; }
    /// <summary>A member enumerated after a plural of documents ("two texts were signed: X and Y"; see <see cref="ItemOfADocumentSet"/>).</summary>
    public bool SetMember { get; init; }
    /// <summary>"a separate memorandum", "another deal": marked as distinct from what was told before (see <see cref="DocumentSetApart"/>).</summary>
    public bool SetApart { get; init; }
    /// <summary>"launch negotiations on a free trade agreement", "left without signing the deal": not made, so made by no meeting.</summary>
    public bool NotMade { get; init; }
    /// <summary>"the truce that the two militias signed in May": its own clause tells it was made, so it names a document of its own, one recalled rather than made in the events reported (see <see cref="CeasefireMadeInItsClause"/>).</summary>
    public bool MadeInItsClause { get; init; }
    /// <summary>"instruments of ratification of the accord", "implement the treaty": acted on as a document that exists, so not made by its sentence's meeting (see <see cref="ActedOnAsExisting"/>).</summary>
    public bool ActedOn { get; init; }
    /// <summary>The sentence's meeting of another year, told in a later clause or after a verb of continuity, that did not make it.</summary>
    public string? LaterClausesMeeting { get; set; }
    /// <summary>The lead's first made document, joined to the headline's (see AgreementClusterer.HeadlineDocumentRestated).</summary>
    public bool RestatesHeadline { get; set; }
    /// <summary>A definite reference described and signed apart from the document it would point back to (see <see cref="DescribedWithOtherSigners"/>).</summary>
    public bool DescribedApart { get; set; }
    /// <summary>"Morocco's 2007 autonomy plan", "Japan's trade pact with the EU": the country whose possessive stands right before the phrase.</summary>
    public string? Owner { get; set; }
    /// <summary>"said in a joint statement": a joint text its issuers speak through, issued in the act the sentence tells (see <see cref="SpokenInAJointText"/>); it dates the text as a concluding verb would.</summary>
    public bool SpokenIn { get; init; }
    /// <summary>"the two countries", "both sides": the article's two principal countries.</summary>
    public bool BothSides { get; init; }
}
