using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "signed by A for Peru and B for Bolivia", "A for Chile and B for Argentina initialled the text": at a signing, or in a
/// list where each name is followed by its side, "for" and a country right after a full name tell whom that person acted
/// for (pattern: the side a signatory signs for). Elsewhere "for" after a name means too much else ("praise for Chile") to
/// be read as a country, so one of the two contexts is required.
/// </summary>
internal static class SideNamedWithFor
{
    /// <summary>The country mention this person is said to act for, or null.</summary>
    public static Mention? Of(List<Token> tokens, List<Mention> mentions, Mention person)
    {
        // A full name already shown to be a person's: a lone capitalised word or a title ("Special Representative for
        // Somalia") before "for" is no signatory.
        if (!person.Surface.Contains(' ')) return null;
        if (CountryAfter(tokens, mentions, person.TokenEnd) is not { } country) return null;
        if (!person.HasPersonEvidence && person.Title is null && !IsSemicolonRollItem(tokens, person, country) &&
            !(IsSigningSentence(tokens) && IsBareFullName(tokens, person))) return null;
        if (IsSigningSentence(tokens)) return country;
        // The parallel list: another person of the sentence told with its own "for" and a country.
        return mentions.Any(m => m != person && m.Kind == MentionKind.Person && !m.IsNominal && CountryAfter(tokens, mentions, m.TokenEnd) is { } other && other != country)
            ? country : null;
    }

    private static Mention? CountryAfter(List<Token> tokens, List<Mention> mentions, int end)
    {
        if (end >= tokens.Count || tokens[end].Lower != "for") return null;
        var at = end + 1 < tokens.Count && tokens[end + 1].Lower == "the" ? end + 2 : end + 1;
        var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.TokenStart == at && m.Iso2 is not null && !m.IsDemonym && !m.IsGovernment);
        if (country is null) return null;
        // "for Chile's sake", "for Chile-led talks", "for Chile Day": the country names something else.
        if (country.TokenEnd < tokens.Count && tokens[country.TokenEnd] is var next && (next.Text is "'s" or "’s" or "-" || next.IsWord && next.IsCapitalized)) return null;
        return country;
    }

    /// <summary>
    /// "the Marquis A and B for Ruritania signed", "signed by A and B for Chile and C for Peru": two names joined by "and" ahead
    /// of one "for" and a country are both signatories for that side, the "for" phrase closing the pair rather than only its
    /// last name (pattern: a side's pair of signers told under one "for"). The first name must stand right before "and" and
    /// the second name must be one <see cref="Of"/> reads as signing for the country; a first name with an office title of
    /// its own may be someone else's (a mediator, a host) and is left alone.
    /// </summary>
    public static Mention? SharedByThePairOf(List<Token> tokens, List<Mention> mentions, Mention person)
    {
        if (!person.Surface.Contains(' ') || person.Title is not null && person.TitleIsOffice) return null;
        var and = person.TokenEnd;
        if (and >= tokens.Count || tokens[and].Lower != "and") return null;
        var second = mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && !m.IsNominal && m != person && m.TokenStart == and + 1);
        return second is null ? null : Of(tokens, mentions, second);
    }

    /// <summary>
    /// "signed by A for Chile; B for Peru; and C for Bolivia": in a signing sentence whose items are set off by semicolons,
    /// an item that is a bare full name, "for" and a country, standing between a semicolon (or "; and") and the next
    /// semicolon or the sentence's end, is a signatory with the side it signed for (pattern: the semicolon roll of signers
    /// by country). The item's own bounds keep "thanked X for Chile's help" and names inside longer phrases out.
    /// </summary>
    private static bool IsSemicolonRollItem(List<Token> tokens, Mention person, Mention country)
    {
        if (!IsSigningSentence(tokens)) return false;
        var before = person.TokenStart - 1;
        if (before >= 0 && tokens[before].Lower == "and") before--;
        if (before < 0 || tokens[before].Text != ";") return false;
        var after = country.TokenEnd;
        return after >= tokens.Count || tokens[after].Text is ";" or "." or "!";
    }

    /// <summary>
    /// "signed by A, the finance minister, and B, his deputy, for Chile; C for Peru": in a signing sentence rolled out with
    /// semicolons, an item that ends in "for" and a country (then a semicolon or the sentence's end) names the side of every
    /// person in it, appositions and all, back to the item's opening (a semicolon, a colon or "by"), with no other "for" between
    /// (pattern: the semicolon roll of signers grouped by country). Null when the person stands in no such item.
    /// </summary>
    public static Mention? ClosingItemOf(List<Token> tokens, List<Mention> mentions, Mention person)
    {
        if (!tokens.Any(t => t.Text == ";") || !IsSigningSentence(tokens)) return null;
        var open = person.TokenStart - 1;
        while (open >= 0 && tokens[open].Text is not (";" or ":") && tokens[open].Lower != "by") open--;
        if (open < 0) return null;
        // A name without other evidence must open the item itself ("; Lord X, minister of state, for Britain;"), a full name.
        if (!person.HasPersonEvidence && person.Title is null &&
            !(person.Surface.Contains(' ') && (person.TokenStart == open + 1 || person.TokenStart == open + 2 && tokens[open + 1].Lower == "and"))) return null;
        for (var i = person.TokenEnd; i < tokens.Count; i++)
        {
            if (tokens[i].Text is ";" or ":" or "." || tokens[i].Lower == "by") return null;
            if (tokens[i].Lower != "for") continue;
            if (CountryAfter(tokens, mentions, i) is not { } country) return null;
            var after = country.TokenEnd;
            return after >= tokens.Count || tokens[after].Text is ";" or "." or "!" ? country : null;
        }
        return null;
    }

    /// <summary>
    /// Capitalised words that make a title or a body, never a person's name: "Envoy for Chile", "Minister for Peru",
    /// "Fund for Bolivia", "Commission for Ecuador".
    /// </summary>
    internal static readonly FrozenSet<string> TitleOrBodyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "envoy", "minister", "ministry", "secretary", "representative", "commissioner", "commission", "ambassador", "coordinator",
        "committee", "council", "bank", "university", "fund", "office", "agency", "department", "centre", "center", "institute",
        "foundation", "trust", "mission", "delegation", "delegate", "adviser", "advisor", "special", "high", "general", "deputy",
        "chief", "head", "president", "prime", "foreign", "affairs", "state", "national", "united", "republic", "association",
        "alliance", "front", "movement", "party", "union", "programme", "program", "plan", "day", "act", "law", "treaty",
        "agreement", "accord", "team", "cup", "award", "prize", "medal", "order", "forum", "summit", "conference", "talks",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the accord was signed by Tomas Verhal for Chile and Ana Prell for Peru": in a signing sentence a bare name of two
    /// or three capitalised words right before "for" and a country is the signatory for that side, even when nothing else
    /// shows it to be a person's (pattern: the signing roll of names by side). Title and body words ("Envoy for X",
    /// "Minister for X", "Fund for X") keep titles and bodies out.
    /// </summary>
    private static bool IsBareFullName(List<Token> tokens, Mention person)
    {
        var length = person.TokenEnd - person.TokenStart;
        if (length is < 2 or > 3) return false;
        for (var i = person.TokenStart; i < person.TokenEnd; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !t.IsCapitalized || TitleOrBodyWords.Contains(t.Text) || Lexicon.OfficeNouns.Contains(t.Text) ||
                Lexicon.OfficeHolderNouns.Contains(t.Text) || Lexicon.OrganizationSuffixes.Contains(t.Text) ||
                Lexicon.PlaceSuffixes.Contains(t.Text) || Lexicon.NotNames.Contains(t.Text)) return false;
        }
        return true;
    }

    /// <summary>A sentence telling a signature: "signed", "signing", "signatories", "initialled", "countersigned".</summary>
    private static bool IsSigningSentence(List<Token> tokens) =>
        tokens.Any(t => t.Lower.StartsWith("sign", StringComparison.Ordinal) && t.Lower is not ("sign" or "signs" or "signal" or "signals" or "signalled" or "signaled" or "significant" or "significance" or "signalling") ||
                        t.Lower.StartsWith("initial", StringComparison.Ordinal) && t.Lower.Length > 7 || t.Lower == "countersigned");
}
