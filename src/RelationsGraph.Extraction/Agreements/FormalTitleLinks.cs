using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Additional Protocol to the Convention on the Use of the Lake and to the Agreement concerning the Shore
/// Adjacent to the Lake", "the Agreement on a Ceasefire", "the Treaty on the Settlement with Respect to the Region",
/// "the Agreement for Peace through a Cessation of Hostilities": a formal title joins its capitalised runs with the
/// lower-case function words of a subject ("on", "of", "for", "concerning", "regarding", "through"), of a document amended
/// or annexed ("to the Convention ..."), and of the compound prepositions of legal English ("with respect to", "in relation
/// to"), each optionally followed by an article (the pattern: an official title is read whole, through its small words).
/// </summary>
internal static class FormalTitleLinks
{
    /// <summary>Words that go on with a title's subject when a capitalised run follows.</summary>
    private static readonly FrozenSet<string> SubjectLinks = new HashSet<string>(StringComparer.Ordinal)
        { "on", "of", "for", "concerning", "regarding", "respecting", "through" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Two-word and three-word prepositions of legal English: "with respect to", "in relation to", "in respect of".</summary>
    private static readonly string[][] CompoundLinks =
        [["with", "respect", "to"], ["with", "regard", "to"], ["in", "respect", "of"], ["in", "relation", "to"]];

    /// <summary>
    /// Capitalised words that govern "to" inside a title ("Adjacent to", "Relating to", "Additional to", "Pursuant to"): the
    /// closed class of adjectives and participles of relation that take "to".
    /// </summary>
    private static readonly FrozenSet<string> GovernsTo = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "adjacent", "relating", "related", "pertaining", "pursuant", "additional", "supplementary", "annexed", "applicable",
        "contiguous", "respect", "regard", "relation", "prior", "subsequent", "supplemental", "complementary",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The capitalised participles of treaty titles that govern an object: what the instrument does to another.</summary>
    private static readonly FrozenSet<string> GoverningParticiples = new HashSet<string>(StringComparer.Ordinal)
    {
        "Amending", "Establishing", "Governing", "Banning", "Prohibiting", "Creating", "Instituting", "Constituting", "Modifying",
        "Supplementing", "Implementing", "Extending", "Renewing", "Replacing", "Revising", "Terminating", "Delimiting", "Ending",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool GovernsAnObject(string word) => GoverningParticiples.Contains(word);

    /// <summary>
    /// Where the title's next capitalised run starts when the words at <paramref name="end"/> link it on, else -1.
    /// </summary>
    public static int NextRun(List<Token> tokens, int end, bool inSubject = false)
    {
        if (end >= tokens.Count || end == 0) return -1;
        var k = end;
        var link = tokens[k].Text;
        var toAt = -1;
        var compound = CompoundLinks.FirstOrDefault(c => c.Select((w, j) => k + j < tokens.Count && tokens[k + j].Lower == w).All(x => x));
        if (compound is not null) { k += compound.Length; link = compound[^1]; }
        else if (link == "and")
        {
            k++;
            // "... of the Zone and to the Agreement concerning ...": a link repeated after "and".
            if (k < tokens.Count && (SubjectLinks.Contains(tokens[k].Text) || tokens[k].Text == "to")) { link = tokens[k].Text; if (link == "to") toAt = k; k++; }
        }
        else if (SubjectLinks.Contains(link) || link == "to") { if (link == "to") toAt = k; k++; }
        // "the Treaty of Amity, Trade and Shipping": inside a subject, a comma goes on into the next item of a
        // capitalised list that "and" closes (see CapitalisedSubjectList).
        else if (link == "," && inSubject && CapitalisedSubjectList.ItemAfter(tokens, k) is var item and >= 0) return item;
        // "the Treaty relating to Joint Ranges": a lower-case participle of relation and its "to" link the title's runs too.
        else if (link is "relating" or "pertaining" && k + 1 < tokens.Count && tokens[k + 1].Text == "to") { k += 2; link = "to"; }
        // "... Fishing Zones of the Inner Sea in the Western Strait": inside a subject already linked on, "in the" and a
        // capitalised run go on with it (a place of the subject); right after the document's own words "in" is where it was signed.
        else if (inSubject && link == "in" && k + 1 < tokens.Count && tokens[k + 1].Text == "the" && PlaceOfTheSubject(tokens, k + 2)) k++;
        // "the Protocol Amending the Cartagena Agreement", "the Treaty Establishing the Caribbean Community": a title's own
        // participle governs the capitalised run after its article (the pattern: a verb in a title takes its object with it).
        else if (link == "the" && GovernsAnObject(tokens[k - 1].Text)) { }
        else return -1;
        if (k < tokens.Count && (tokens[k].Text == "the" || tokens[k].Text is "a" or "an" && link != "and")) k++;
        if (k >= tokens.Count || !tokens[k].IsCapitalized || !tokens[k].IsWord || Months.IsMonthOrWeekday(tokens[k].Text)) return -1;
        // "handed the Treaty to the President": "to" goes on with a title only into another document's name or after a word that governs it.
        if (toAt > 0 && !GovernsTo.Contains(tokens[toAt - 1].Text) && !RunNamesADocument(tokens, k)) return -1;
        return k;
    }

    /// <summary>Nouns that head a building's name: "in the Marble Palace" is where a document was signed, no part of its subject.</summary>
    private static readonly FrozenSet<string> BuildingNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "palace", "hotel", "centre", "center", "hall", "house", "residence", "building", "villa", "castle", "mansion", "pavilion",
        "auditorium", "complex", "compound", "chamber", "room", "office", "ministry", "kremlin", "embassy", "library", "museum",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The capitalised run at <paramref name="k"/> after "in the" names a place of the subject ("the Border Area", "the Western
    /// Strait"): not a building ("the Marble Palace") and not an adjective before a common noun ("the Tavarian capital").
    /// </summary>
    private static bool PlaceOfTheSubject(List<Token> tokens, int k)
    {
        var j = k;
        while (j < tokens.Count && tokens[j].IsCapitalized && tokens[j].IsWord) j++;
        if (j == k || BuildingNouns.Contains(tokens[j - 1].Text)) return false;
        return j >= tokens.Count || !tokens[j].IsWord || tokens[j].IsCapitalized || tokens[j].Lower is "of" or "and" or "in" or "on" or "for";
    }

    private static bool RunNamesADocument(List<Token> tokens, int k)
    {
        for (var j = k; j < tokens.Count && tokens[j].IsCapitalized && tokens[j].IsWord; j++)
            if (AgreementKinds.KindOf(tokens[j].Lower, j > 0 ? tokens[j - 1].Lower : null) is not null) return true;
        return false;
    }
}
