using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>The word that introduces a place named near a meeting ("in", "at", "to", "visited").</summary>
internal static class PlaceLead
{
    /// <summary>How many words may describe a settlement between "the" and its noun ("the Black Sea port city of").</summary>
    private const int MaxDescribingWords = 4;

    private static readonly FrozenSet<string> SettlementNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "city", "town", "capital", "port", "resort", "village" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Index of the lead word before a place, looking past "the", a place adjective ("to rural South Korea")
    /// and a description of the place ("in the Saudi city of Jeddah"); -1 at the sentence start.
    /// </summary>
    public static int IndexBefore(List<Token> tokens, int placeStart)
    {
        var lead = placeStart - 1;
        // "the Saudi city of Jeddah", "the port city of Busan", "the Black Sea resort of Sochi", "the Saudi port city of Jeddah":
        // the words describing the settlement, back to their "the" (pattern: a descriptive noun phrase before a place).
        if (lead >= 2 && tokens[lead].Lower == "of" && SettlementNouns.Contains(tokens[lead - 1].Text))
        {
            lead -= 2;
            var k = lead;
            while (k >= 0 && lead - k < MaxDescribingWords && tokens[k].IsWord && tokens[k].Lower != "the") k--;
            if (k >= 0 && tokens[k].Lower == "the") lead = k;
            else if (lead >= 0 && tokens[lead].Lower != "the") lead--; // the adjective: "Saudi", "port"
        }
        if (lead > 0 && Lexicon.PlaceAdjectives.Contains(tokens[lead].Text)) lead--;
        else if (DescribedAfterTheArticle(tokens, lead) is { } article) lead = article;
        if (lead > 0 && tokens[lead].Lower == "the") lead--; // "in The Hague"
        if (lead > 0 && tokens[lead].Lower == "of" && PartOfABuilding(tokens, lead) is { } part) lead = part;
        return lead;
    }

    /// <summary>How many lowercase words may describe a named place between "the" and its name ("at the ornate gilded").</summary>
    private const int MaxNameDescribingWords = 2;

    /// <summary>Function words that end a description rather than belong to it ("in the presence of US President ...").</summary>
    private static readonly FrozenSet<string> NotDescribing = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "or", "for", "with", "by", "to", "from", "on", "in", "at", "as", "that", "which", "who",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "at the presidential Mirador House", "in the newly restored Orvel Palace": lowercase words describing a named place stand
    /// between the article and the name, and the locative before the article still leads it (pattern: "in/at the" + descriptive
    /// adjectives + proper name). Returns the index of that "the", or null when the words are not so framed.
    /// </summary>
    private static int? DescribedAfterTheArticle(List<Token> tokens, int last)
    {
        var k = last;
        while (k > 1 && last - k < MaxNameDescribingWords && tokens[k].IsWord && !tokens[k].IsCapitalized && !NotDescribing.Contains(tokens[k].Text)) k--;
        if (k == last || tokens[k].Lower != "the" || tokens[k - 1].Lower is not ("in" or "at")) return null;
        return k;
    }

    /// <summary>
    /// "during a ceremony in the Baltic harbour town", "in the Kenyan resort": a name right before a settlement noun describes the
    /// settlement, it does not name it (pattern: a region or nationality used as a modifier of "city", "port", "town").
    /// </summary>
    public static bool DescribesASettlement(Mention place)
    {
        var tokens = place.Sentence.Tokens;
        return place.TokenEnd < tokens.Count && !tokens[place.TokenEnd].IsCapitalized && SettlementNouns.Contains(tokens[place.TokenEnd].Text);
    }

    private static readonly FrozenSet<string> BuildingParts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "courtyard", "forecourt", "grounds", "garden", "gardens", "hall", "room", "chamber", "lawn", "steps", "atrium", "ballroom",
        "library", "salon", "terrace", "wing", "compound", "premises", "auditorium", "foyer", "residence", "corridors", "chambers",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxPartDescribingWords = 2;

    private static bool IsArticle(Token token) => token.Lower is "the" or "a" or "an";

    private static readonly FrozenSet<string> NameParticles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "de", "del", "della", "delle", "dei", "des", "du", "di", "da", "do", "dos" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "in the inner yard of the Governor's Palace", "on the steps of City Hall", "in the Sala Regia of the Palazzo Chigi": a part of a building,
    /// told by a common noun or by its own name, then "of" and the building; the lead before the part is the building's
    /// (pattern: a room or yard of a named venue). Returns that lead's index, or null when "of" follows no such part.
    /// </summary>
    private static int? PartOfABuilding(List<Token> tokens, int of)
    {
        var k = of - 1;
        if (k >= 0 && BuildingParts.Contains(tokens[k].Text))
        {
            k--;
            // "in the main hall of", "in the gilded ceremonial hall of": words describing the part stand between it and its article.
            for (var described = 0; described < MaxPartDescribingWords && k >= 1 && tokens[k].IsWord && !tokens[k].IsCapitalized && !IsArticle(tokens[k]); described++) k--;
        }
        else
        {
            var start = k;
            while (k >= 0 && start - k < 5 && tokens[k].IsWord && (tokens[k].IsCapitalized || NameParticles.Contains(tokens[k].Text) && k < start)) k--;
            if (k == start || !tokens[k + 1].IsCapitalized) return null;
        }
        if (k < 1 || !IsArticle(tokens[k])) return null; // "in the courtyard of", "in a ballroom of"
        // "on the front steps of", "on the lawn of", "inside the main hall of": one stands on some parts and inside others, as in or at the rest.
        return tokens[k - 1].Lower is "in" or "at" or "on" or "inside" ? k - 1 : null;
    }

    /// <summary>
    /// "to" and "for" point at a destination: where a visit goes, or where someone travels before the
    /// meeting is named ("flew to Tokyo for a summit"); after talks or a summit they name something else
    /// ("talks ... resume assistance to Kyiv").
    /// </summary>
    public static bool IsOtherDirection(Token lead, Mention place, MeetingMention m) =>
        lead.Lower is "to" or "for" && place.TokenStart >= m.TokenEnd && m.Kind is not MeetingKinds.Visit;
}
