using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// A capitalised name whose head is a body's or a building's noun names that body or building, not the document whose noun it
/// holds (the pattern: in an English name the head noun says what is named): "the Government of National Accord" (the
/// document noun inside the "of" of a body), "the Convention and Exhibition Centre", "the Treaty Room", "the Paris Agreement
/// Secretariat", "the North Atlantic Treaty Organization" (the document noun a modifier of a later head). A document title followed by a noun of its members ("former
/// Rio Pact countries", "Rio Pact foreign and defence ministers") names the membership, an alliance, not the text.
/// </summary>
internal static class TitleOfABodyOrPlace
{
    /// <summary>Head nouns of bodies and buildings: a closed class of institutional and architectural nouns.</summary>
    private static readonly FrozenSet<string> BodyHeads = new HashSet<string>(StringComparer.Ordinal)
    {
        "Organization", "Organisation", "Secretariat", "Commission", "Council", "Committee", "Office", "Alliance", "Government", "Ministry",
        "Party", "Front", "Movement", "Army", "Court", "Tribunal", "Bank", "Fund", "Assembly", "Parliament", "Agency", "Authority", "Institute",
        "Centre", "Center", "Hall", "Room", "Building", "Hotel", "Palace", "House", "Square", "Street", "Avenue", "Park", "Stadium",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case plural nouns of a membership's states or people.</summary>
    private static readonly FrozenSet<string> MemberNouns = new HashSet<string>(StringComparer.Ordinal)
        { "countries", "states", "nations", "members", "ministers", "leaders", "forces", "troops", "armies", "militaries" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the capitalised document noun at <paramref name="noun"/> is a word of the name of a body or a place, or of a
    /// membership: <paramref name="titleStart"/> is where its capitalised name starts, <paramref name="titleEnd"/> the token past it.
    /// </summary>
    /// <param name="namedBetween">Whether a name (a country, place or body) ends between two token positions: "the Council of
    /// Europe Convention" is the convention of a body told whole before it.</param>
    public static bool At(List<Token> tokens, int noun, int titleStart, int titleEnd, Func<int, int, bool> namedBetween)
    {
        if (!tokens[noun].IsCapitalized) return false;
        // "the Government of National Accord": the word before the name's first "of" is its head.
        for (var k = titleStart + 1; k < noun; k++)
            if (tokens[k].Text == "of") { if (BodyHeads.Contains(tokens[k - 1].Text) && !namedBetween(k + 1, noun)) return true; break; }
        // "the Convention and Exhibition Centre", "the Treaty Room": capitalised words (or "and") after the noun up to a body's noun.
        for (var k = noun + 1; k < Math.Min(tokens.Count, noun + 5); k++)
        {
            if (BodyHeads.Contains(tokens[k].Text)) return true;
            if (!(tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Text == "and" && k == noun + 1) || tokens[k].Text.EndsWith("ing", StringComparison.Ordinal)) break;
        }
        // "former Rio Pact countries", "Rio Pact foreign and defence ministers": a noun of members heads the phrase. A known
        // treaty's acronym ("TPP leaders") stays the treaty: its members are its parties.
        if (titleEnd != noun + 1 || noun == titleStart) return false;
        var next = noun + 1;
        if (next < tokens.Count && MemberNouns.Contains(tokens[next].Text)) return true;
        return next + 3 < tokens.Count && tokens[next + 1].Text == "and" && IsLowerWord(tokens[next]) && IsLowerWord(tokens[next + 2]) && MemberNouns.Contains(tokens[next + 3].Text);
    }

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized;
}
