using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>One agreement of an article: its references merged, with parties, signatories and origin.</summary>
internal sealed class Agreement
{
    public List<AgreementMention> Mentions { get; } = [];
    public string Kind { get; set; } = "agreement";
    public bool Joint { get; set; }
    public int? Year { get; set; }
    public string? Title { get; set; }
    public string? Topic { get; set; }
    public Meeting? ProducedBy { get; set; }
    public Sentence? ProducedEvidence { get; set; }
    /// <summary>The producer is a gathering the concluding sentence points back to ("during the visit"), see <see cref="MeetingReferredBack"/>.</summary>
    public bool ProducedByReference { get; set; }
    /// <summary>The signing ceremony held during the producing summit, where the document was signed (see <see cref="SignedAtTheSummitsCeremony"/>).</summary>
    public Meeting? AlsoProducedBy { get; set; }
    /// <summary>Country id → evidence sentence.</summary>
    public Dictionary<string, Sentence> Parties { get; } = [];
    /// <summary>Countries named where the document is only referred back to ("Analysts said the accord's test would be Yemen") → evidence sentence.</summary>
    public Dictionary<string, Sentence> PartiesInPassing { get; } = [];
    /// <summary>Countries named only as the place it was made ("signed in Brazil") → evidence sentence: the last guess at its sides.</summary>
    public Dictionary<string, Sentence> PlacesOfMaking { get; } = [];
    /// <summary>Countries named before the document in a sentence about it → evidence sentence.</summary>
    public Dictionary<string, Sentence> PartiesBefore { get; } = [];
    /// <summary>Countries an agreement phrase names as its sides ("between A and B") → evidence sentence.</summary>
    public Dictionary<string, Sentence> NamedParties { get; } = [];
    /// <summary>Countries told as among its signatories ("A and B were also among the signing powers") → evidence sentence, see <see cref="AmongTheSignatories"/>.</summary>
    public Dictionary<string, Sentence> AmongItsSigners { get; } = [];
    /// <summary>Countries named as the agent of the signing ("the signing of X by A") → evidence sentence.</summary>
    public Dictionary<string, Sentence> SignedByCountries { get; } = [];
    /// <summary>Person id → evidence sentence.</summary>
    public Dictionary<string, Sentence> Signatories { get; } = [];
    /// <summary>Of <see cref="Signatories"/>, those a bare "X signed" named apart from the document (see <see cref="ObjectlessSigning"/>): maybe a few of many.</summary>
    public HashSet<string> SignedApart { get; } = [];
    /// <summary>Of <see cref="SignedApart"/>, those whose bare verb named the side they signed for ("X signed for Kenya"): each a side of the document (see SignersForTheirSides).</summary>
    public HashSet<string> SignedForASide { get; } = [];
    /// <summary>Of <see cref="SignedApart"/>, those who signed for a group of backers ("on behalf of the Troika"): no side of the document (see SignersForTheirSides).</summary>
    public HashSet<string> SignedForBackers { get; } = [];
    /// <summary>"the leaders of A and B signed it": (office, country id) → evidence sentence.</summary>
    public Dictionary<(string Office, string Country), Sentence> SigningOffices { get; } = [];
    /// <summary>Earlier agreements this one upholds → evidence sentence.</summary>
    public Dictionary<Agreement, Sentence> Reaffirms { get; } = [];
    public bool UsesBothSides { get; set; }
    /// <summary>The country whose possessive owns the document where it is named ("Morocco's autonomy plan"), see <see cref="AgreementMention.Owner"/>.</summary>
    public string? Owner { get; set; }
    public bool SignedByGroup { get; set; }
    /// <summary>The count of a group that signed with no object after the document was named ("The three ministers signed"), see <see cref="CountedGroupSignedBare"/>.</summary>
    public int? GroupCount { get; set; }
    public string Family => AgreementKinds.Family(Kind);
    public string? Id { get; set; }

    /// <summary>
    /// Takes on the signatures another reference to the same document gathered (its signers, bare and for a side, and the
    /// offices that signed), as the later joining steps need once they merge that reference in.
    /// </summary>
    public void TakeSignaturesOf(Agreement other)
    {
        foreach (var (p, s) in other.Signatories) Signatories.TryAdd(p, s);
        SignedApart.UnionWith(other.SignedApart);
        SignedForASide.UnionWith(other.SignedForASide);
        foreach (var (o, s) in other.SigningOffices) SigningOffices.TryAdd(o, s);
    }

    public void Absorb(AgreementMention m)
    {
        if (Mentions.Count == 0) { Kind = m.Kind; Joint = m.Joint; }
        Mentions.Add(m);
        Year ??= m.Year;
        Title ??= m.Title;
        Topic ??= m.Topic;
        Joint |= m.Joint;
        UsesBothSides |= m.BothSides;
        Owner ??= m.Owner;
        SignedByGroup |= m.SignedByGroup;
        // "the deal", "the accord" in a sentence about something else: who it names there is no firm side of the document.
        // "the declaration signed in Brazil": a country named only as the place of making is a side only when nothing else names one.
        // "tried to draw A and B into a regional security framework": who the sentence names is no side of a document only talked about (see OnlyTalkedAbout).
        if (!m.OnlyTalkedAbout)
        foreach (var p in m.Parties) (m.PlacesOfMaking.Contains(p) ? PlacesOfMaking : m.Definite && !m.Concluded && m.Title is null ? PartiesInPassing : Parties).TryAdd(p, m.Sentence);
        foreach (var p in m.NamedParties.Concat(m.CompoundSides)) NamedParties.TryAdd(p, m.Sentence);
        foreach (var p in m.PartiesBefore) PartiesBefore.TryAdd(p, m.Sentence);
        foreach (var s in m.Signatories) Signatories.TryAdd(s, m.Sentence);
        foreach (var c in m.SignedByCountries) SignedByCountries.TryAdd(c, m.Sentence);
        foreach (var o in m.SigningOffices) SigningOffices.TryAdd(o, m.Sentence);
    }
}
