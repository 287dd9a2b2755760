using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The country of a person told after the name rather than before it, read once a sentence's mentions are known:
/// <list type="bullet">
/// <item>"X, Chad's national security adviser" / "X, the Peruvian minister of state" / "X, deputy chairman of Mali's
/// cabinet" / "X, adviser to the president of Ghana": an office apposition naming a country (possessive, demonym or
/// "of"), or an adviser "to" a person whose country is known ("adviser to President Y");</item>
/// <item>"Foreign ministers X of Chile and Y of Peru", "X of Ghana", "A of Argentina and B of Chile signed": a name followed by
/// "of" and a country.</item>
/// </list>
/// A country after "to", "in" or "at" is where the office is served ("ambassador to Japan"), never whose it is.
/// </summary>
internal static class OfficeAfterName
{
    /// <summary>
    /// Lower-case nouns of an office in an apposition beyond <see cref="Lexicon.OfficeHolderNouns"/>: the chairs, chiefs and
    /// aides whose country an apposition after the name tells ("X, deputy chairman of Mali's cabinet").
    /// </summary>
    private static readonly FrozenSet<string> OfficeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "chairman", "chairwoman", "chair", "chief", "head", "sherpa", "commander", "director", "negotiator", "undersecretary", "deputy",
        "aide", "commandant",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "and", "or", "but", "who", "which", "while", "when", "as", "with", "by", "whose", "that" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ServedWhere = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "to", "in", "at", "from", "with", "toward", "towards", "against", "between", "for", "on" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person acts for the country a phrase right after the name gives; an office title of its own already says so.</summary>
    private static void SpeaksFor(Mention p, string? iso2, string rule)
    {
        p.Iso2 = iso2;
        if (p.Title is null || !p.TitleIsOffice) p.SpeaksForCountry = true;
        p.HasPersonEvidence = true;
        p.Rule += "; " + rule;
    }

    public static void Apply(Sentence sentence, List<Mention> mentions, KnowledgeBase knowledge)
    {
        var tokens = sentence.Tokens;
        MembersOfBodies(tokens, mentions);
        OwnCountryAfterTheName(tokens, mentions);
        var people = mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal && m.Canonical is null &&
                                         (m.Iso2 is null || !m.TitleIsOffice && !m.SpeaksForCountry) &&
                                         !Lexicon.PlaceSuffixes.Contains(m.Surface) && !Lexicon.OrganizationSuffixes.Contains(m.Surface)).ToList();
        foreach (var p in people)
        {
            if (CountryAfterOf(tokens, mentions, p) is { } of)
            {
                SpeaksFor(p, of.Iso2, "name followed by \"of\" and a country");
                continue;
            }
            if (SideNamedWithFor.Of(tokens, mentions, p) is { } side)
            {
                SpeaksFor(p, side.Iso2, "name followed by \"for\" and the country it signed for");
                continue;
            }
            if (p.Iso2 is null && SideNamedWithFor.SharedByThePairOf(tokens, mentions, p) is { } shared)
            {
                SpeaksFor(p, shared.Iso2, "first of a pair of names followed by \"for\" and the country they signed for");
                continue;
            }
            if (p.Iso2 is null && SideNamedWithFor.ClosingItemOf(tokens, mentions, p) is { } itemSide)
            {
                SpeaksFor(p, itemSide.Iso2, "one of a semicolon roll item closed by \"for\" and the country it signed for");
                continue;
            }
            if (p.Iso2 is null && CapitalisedOfficeOfACountry(tokens, mentions, p) is { } formal)
            {
                p.Iso2 = formal.Iso2;
                if (p.Title is null || !p.TitleIsOffice) p.Title = formal.Title;
                p.TitleIsOffice = true;
                p.HasPersonEvidence = true;
                p.Rule += "; capitalised office title after the name ending in \"of\" and a country";
                continue;
            }
            if (OfficeApposition(tokens, mentions, p, knowledge) is { } office)
            {
                p.Iso2 = office.Iso2;
                if (p.Title is null || !p.TitleIsOffice) p.Title = office.Title;
                p.TitleIsOffice = true;
                p.HasPersonEvidence = true;
                p.Rule += "; office apposition after the name gives the country";
            }
            else if (p.Iso2 is null && p.Title is null && BareOfficeApposition(tokens, mentions, p) is { } bare)
            {
                p.Title = bare;
                p.TitleIsOffice = true;
                p.HasPersonEvidence = true;
                p.Rule += "; office apposition after the name, country left to the context";
            }
            if (p.Iso2 is null && CountrysBodyAfterName.Of(tokens, mentions, p, knowledge) is { } body)
            {
                p.Iso2 = body;
                if (p.Title is null || !p.TitleIsOffice) p.SpeaksForCountry = true;
                p.HasPersonEvidence = true;
                p.Rule += "; a country's body told after the name (relative clause or member apposition)";
            }
        }
        // Nothing around the name told the country: an office only one country's government has tells it.
        foreach (var p in mentions)
            if (p.Kind == MentionKind.Person && p.Iso2 is null && p.Canonical is null && p.TitleIsOffice && !p.IsNominal && OneCountrysOffice.Of(p.Title) is { } sole)
            {
                p.Iso2 = sole;
                p.Rule += "; an office only one country's government has";
            }
    }

    /// <summary>"Gibril Ibrahim of the Justice and Equality Movement": a full name followed by "of the" and a body is one of its people.</summary>
    private static void MembersOfBodies(List<Token> tokens, List<Mention> mentions)
    {
        foreach (var p in mentions)
        {
            // Two words or more: a space, without splitting the name (this reads every person named).
            if (p.Kind != MentionKind.Person || p.HasPersonEvidence || p.IsNominal || !p.Surface.Contains(' ')) continue;
            var i = p.TokenEnd;
            if (i + 2 >= tokens.Count || tokens[i].Lower != "of" || tokens[i + 1].Lower != "the") continue;
            if (!mentions.Any(m => m.Kind == MentionKind.Organization && m.TokenStart == i + 2)) continue;
            p.HasPersonEvidence = true;
            p.Rule += "; full name of a body's member (\"X of the Y Movement\")";
        }
    }

    /// <summary>"X of Chile" with the country right after "of" (and not a possessive, "X of Chile's senate").</summary>
    /// <summary>
    /// "General A, the Sudanese President, President B of Lebanon": in a list of leaders each told with their own country, the
    /// country written right after a titled name ("of Lebanon") is that person's, and beats a nationality the title took from
    /// the item before it (pattern: "Title Name of Country" places the name by its own "of").
    /// </summary>
    private static void OwnCountryAfterTheName(List<Token> tokens, List<Mention> mentions)
    {
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Person || p.IsNominal || p.Canonical is not null || p.Iso2 is null || !p.TitleIsOffice || p.NationalityWritten) continue;
            if (CountryAfterOf(tokens, mentions, p) is not { } of || string.Equals(of.Iso2, p.Iso2, StringComparison.OrdinalIgnoreCase)) continue;
            p.Iso2 = of.Iso2;
            p.Rule += "; its own country after the name (\"of\" and a country) beats a nationality read before the title";
        }
    }

    private static Mention? CountryAfterOf(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var i = p.TokenEnd;
        if (i >= tokens.Count || tokens[i].Lower != "of" || p.Surface.Split(' ').Length < 2) return null;
        var at = i + 1 < tokens.Count && tokens[i + 1].Lower == "the" ? i + 2 : i + 1;
        var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && !m.IsGovernment && m.TokenStart == at && m.Iso2 is not null);
        if (country is null) return null;
        if (country.TokenEnd < tokens.Count && (tokens[country.TokenEnd].Text is "'s" or "’s" || IsHyphen(tokens, country.TokenEnd) ||
                                                tokens[country.TokenEnd].IsWord && tokens[country.TokenEnd].IsCapitalized))
            return null; // "X of Chile's senate", "X of Chile-based", "X of the Sudan Liberation Movement": the country names something else
        // The name must be a person's by its context, or follow a plural office noun ("the foreign ministers, X of Chile and ..."),
        // or open a list of such names ("X of Chile, Y of Peru and ...").
        if (!p.HasPersonEvidence && !AfterAnotherOfCountry(tokens, mentions, p) && !BeforeAnotherOfCountry(tokens, mentions, country) &&
            !tokens.Skip(Math.Max(0, p.TokenStart - 10)).Take(p.TokenStart - Math.Max(0, p.TokenStart - 10)).Any(IsPluralOffice))
            return null;
        return country;
    }

    /// <summary>"ministers", "secretaries": the plural of an office noun.</summary>
    private static bool IsPluralOffice(Token t) =>
        t.IsWord && t.Lower.EndsWith('s') && (Lexicon.OfficeNouns.Contains(t.Lower[..^1]) || t.Lower.EndsWith("ies") && Lexicon.OfficeHolderNouns.Contains(t.Lower[..^3] + "y"));

    /// <summary>A hyphen joined to the word before it ("Chile-based"); a dash set off by a space ("X of Chile - signed") is punctuation.</summary>
    private static bool IsHyphen(List<Token> tokens, int i) =>
        tokens[i].Text == "-" && !(i > 0 && tokens[i].Start > tokens[i - 1].End);

    /// <summary>
    /// "X of Argentina, Y of Brazil and Z of Uruguay signed": the first item of a list whose next item is also a full name told
    /// with "of" and a country (pattern: a list of people, each with their country, needs no title to be people). The items after
    /// it are read by <see cref="AfterAnotherOfCountry"/>.
    /// </summary>
    private static bool BeforeAnotherOfCountry(List<Token> tokens, List<Mention> mentions, Mention country)
    {
        var i = country.TokenEnd;
        if (i >= tokens.Count || tokens[i].Text is not ("," or ";" or "and")) return false;
        if (tokens[i].Text is "," or ";") i++;
        if (i < tokens.Count && tokens[i].Lower == "and") i++;
        var next = mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && m.TokenStart == i && !m.IsNominal && m.Surface.Contains(' '));
        if (next is null || next.TokenEnd + 1 >= tokens.Count || tokens[next.TokenEnd].Lower != "of") return false;
        var at = tokens[next.TokenEnd + 1].Lower == "the" ? next.TokenEnd + 2 : next.TokenEnd + 1;
        return mentions.Any(m => m.Kind == MentionKind.Country && !m.IsDemonym && !m.IsGovernment && m.TokenStart == at && m.Iso2 is not null && m.Iso2 != country.Iso2 &&
                                 !(m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].Text is "'s" or "’s" || tokens[m.TokenEnd].IsWord && tokens[m.TokenEnd].IsCapitalized)));
    }

    /// <summary>
    /// "X of France, Y of Germany and Z of Poland": the next item of a list of people each told with "of" and a country
    /// is a person like the one before it, however far back the office noun that opened the list stands. The item before may
    /// name its country with an article ("Y of the Philippines") or by a name not known as a country ("Z of the Soviet
    /// Union", a body or a state of the past): one unrecognised item does not break the chain of a list.
    /// </summary>
    private static bool AfterAnotherOfCountry(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var i = p.TokenStart - 1;
        if (i >= 0 && tokens[i].Lower == "and") i--;
        if (i >= 0 && tokens[i].Text == ",") i--;
        if (i == p.TokenStart - 1 && !(i >= 0 && tokens[i].Lower == "and")) return false;
        // The previous item's "of [the] Name": capitalised words back to "of", at most four.
        var j = i;
        while (j >= 0 && i - j < 4 && tokens[j].IsWord && tokens[j].IsCapitalized) j--;
        if (j == i || j < 1) return false;
        if (tokens[j].Lower == "the") j--;
        if (j < 1 || tokens[j].Lower != "of") return false;
        return mentions.Any(m => m.Kind == MentionKind.Person && m.TokenEnd == j && m.HasPersonEvidence &&
                                 (m.Iso2 is not null || m.Rule.Contains("body's member", StringComparison.Ordinal)));
    }

    /// <summary>", the Chadian national security adviser" up to the end of the clause: the office words and the country.</summary>
    private static (string Iso2, string Title)? OfficeApposition(List<Token> tokens, List<Mention> mentions, Mention p, KnowledgeBase knowledge)
    {
        var i = p.TokenEnd;
        if (i >= tokens.Count || tokens[i].Text != ",") return null;
        var start = i + 1;
        var end = start;
        while (end < tokens.Count && end - start < 14 && tokens[end].Text is not ("," or "." or ";" or "(" or ")" or ":" or "\"" or "“" or "”")) end++;
        var officeAt = -1;
        for (var k = start; k < end; k++)
        {
            // ", and Chile's foreign minister": a clause or the next item of a list, not an apposition of this name.
            if (ClauseWords.Contains(tokens[k].Text) && officeAt < 0) return null;
            if (mentions.Any(m => m.Kind == MentionKind.Person && m != p && m.TokenStart == k) && officeAt < 0) return null;
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && (IsOffice(tokens[k].Text) || IsOffice(tokens[k].Text.Split('-')[0]) ||
                                                                tokens[k].Lower.EndsWith('s') && Lexicon.OfficeNouns.Contains(tokens[k].Text[..^1])))
            {
                officeAt = k;
                break;
            }
        }
        if (officeAt < 0) return null;
        foreach (var m in mentions.Where(m => m.TokenStart >= start && m.TokenStart < end).OrderBy(m => m.TokenStart))
        {
            var before = m.TokenStart - 1;
            if (before > start && tokens[before].Lower == "the") before--;
            // "the Philippine Coast Guard commandant", "head of the Atomic Energy Organization of Iran": a body named for a
            // country is that country's, and so is its officer.
            if (m.Kind == MentionKind.Organization && NationalBody(m, knowledge) is { } body) return (body, Title(tokens, start, officeAt));
            // "the White House envoy", "a spokesman for the Kremlin": a seat of government stands for its country.
            // The seat may be read as the office housed there (SeatAsItsOffice).
            if (m.Kind is MentionKind.Place or MentionKind.Organization && knowledge.SeatOfGovernment(m.Canonical ?? m.Surface) is { } seat) return (seat, Title(tokens, start, officeAt));
            // "the UN special envoy": an organization before the office word makes the office the organization's.
            if (m.Kind == MentionKind.Organization && m.TokenStart < officeAt) return null;
            if (m.Kind == MentionKind.Country && m.Iso2 is not null && (!m.IsGovernment || Possessive(tokens, m)) &&
                !(before >= start && ServedWhere.Contains(tokens[before].Text) && !OwnsBody(tokens, mentions, m) && !NamesGovernmentBody(tokens, m)) &&
                !PartOfLongerName(tokens, start, m.TokenStart) && !(m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Text == "-"))
                return (m.Iso2, Title(tokens, start, officeAt));
            // "adviser to President Y": the adviser serves Y's country.
            if (m.Kind == MentionKind.Person && m.Iso2 is not null && m.TitleIsOffice && m.TokenStart > officeAt &&
                tokens.Skip(officeAt + 1).Take(m.TokenStart - officeAt - 1).Any(t => t.Lower == "to"))
                return (m.Iso2, Title(tokens, start, officeAt));
        }
        return null;
    }

    /// <summary>Capitalised words that may open a formal title before its office noun ("Vice", "Assistant", "Deputy").</summary>
    private const int MaxTitleWords = 4;

    /// <summary>Words a formal portfolio after the office noun may run over before the country closes it.</summary>
    private const int MaxPortfolioWords = 14;

    /// <summary>
    /// "Mr. X, Vice Minister of Foreign Affairs of the People's Republic of China", "Y, President of the Republic of Ghana.":
    /// press releases and protocol lists put a formal, capitalised title after the name with no article and close it with the
    /// state's name after "of" (pattern: protocol-style title naming the state last). The country must end the apposition, so an
    /// "ambassador of A to B" (ending in the host) is left alone.
    /// </summary>
    private static (string Iso2, string Title)? CapitalisedOfficeOfACountry(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        // "Entebbe - H.E. X": a spaced dash joins a dateline to the story and is never inside a name; such a span is no person's.
        if (p.Surface.Contains(" - ") || p.Surface.Contains(" – ") || p.Surface.Contains(" — ")) return null;
        var i = p.TokenEnd;
        if (i + 1 >= tokens.Count || tokens[i].Text != ",") return null;
        var start = i + 1;
        if (tokens[start].Lower is "then" or "the") start++;
        var head = -1;
        for (var k = start; k < tokens.Count && k - start < MaxTitleWords; k++)
        {
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Text == "-")) return null;
            if (IsOffice(tokens[k].Text) || Lexicon.OfficeHolderNouns.Contains(tokens[k].Text.ToLowerInvariant())) { head = k; break; }
        }
        if (head < 0) return null;
        var end = head + 1;
        while (end < tokens.Count && end - head <= MaxPortfolioWords &&
               (tokens[end].IsWord && tokens[end].IsCapitalized || tokens[end].Lower is "of" or "for" or "the" or "and" || tokens[end].Text is "'s" or "’s" or "-"))
            end++;
        if (end == head + 1 || !(end >= tokens.Count || tokens[end].Text is "," or "." or ";" or ")" || tokens[end].Lower is "who")) return null;
        var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd == end && m.TokenStart > head);
        if (country is null) return null;
        var of = country.TokenStart - 1;
        if (of > head && tokens[of].Lower == "the") of--;
        if (of <= head || tokens[of].Lower != "of") return null;
        if (mentions.Any(m => m.Kind == MentionKind.Person && m != p && m.HasPersonEvidence && m.TokenStart >= start && m.TokenStart < end)) return null;
        var titleEnd = of - 1;
        return (country.Iso2!, string.Join(' ', tokens.Skip(start).Take(titleEnd - start + 1).Select(t => t.Text)).Replace(" - ", "-"));
    }

    /// <summary>
    /// "Ben Rhodes, the deputy national security adviser, ...": an apposition of "the", lower-case words and an office noun,
    /// ending there, names an office without its country; the list or the article around gives that (<see cref="OfficialsInContext"/>,
    /// <see cref="UnmarkedOfficials"/>). An office owned by anything ("the bloc's executive secretary"), of something ("the head
    /// of the mission") or next to a body's name is left alone.
    /// </summary>
    private static string? BareOfficeApposition(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var i = p.TokenEnd;
        if (i + 2 >= tokens.Count || tokens[i].Text != "," || tokens[i + 1].Lower != "the") return null;
        var after = i + 2;
        while (after < tokens.Count && after - i < 8 && tokens[after].IsWord && !tokens[after].IsCapitalized && tokens[after].Lower is not ("who" or "and")) after++;
        var k = after - 1;
        if (k < i + 2 || !IsOffice(tokens[k].Text)) return null;
        if (after < tokens.Count && !(tokens[after].Text is "," or "." or ";" || tokens[after].Lower is "who" or "and")) return null;
        if (mentions.Any(m => m.TokenStart > i && m.TokenStart <= k)) return null;
        return string.Join(' ', tokens.Skip(i + 2).Take(k - i - 1).Select(t => t.Text));
    }

    private static bool Possessive(List<Token> tokens, Mention m) => m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Text is "'s" or "’s";

    /// <summary>"in India's Ministry of Home Affairs": a country's possessive on a body's name owns the body, whatever preposition leads in.</summary>
    private static bool OwnsBody(List<Token> tokens, List<Mention> mentions, Mention country) =>
        Possessive(tokens, country) && mentions.Any(o => o.Kind == MentionKind.Organization && o.TokenStart == country.TokenEnd + 1);

    /// <summary>Nouns of a government's own bodies, whose officers serve its country.</summary>
    private static readonly FrozenSet<string> GovernmentBodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "embassy", "ministry", "department", "consulate", "government", "cabinet",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "at Indonesia's foreign ministry", "at the US embassy", "in the Cuban foreign ministry": a country's possessive or
    /// nationality on up to three lower-case words ending in a government body's noun owns the body, so an office there is
    /// the country's (the pattern: an office placed by its employer), whatever preposition leads in.
    /// </summary>
    private static bool NamesGovernmentBody(List<Token> tokens, Mention country)
    {
        var i = country.TokenEnd;
        if (Possessive(tokens, country)) i++;
        else if (!country.IsDemonym && !country.Surface.All(char.IsUpper)) return false;
        for (var k = i; k < tokens.Count && k - i < 3; k++)
        {
            if (!tokens[k].IsWord) return false;
            if (GovernmentBodyNouns.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>Capitalised nouns of a state's own bodies, named "the X of" a country.</summary>
    private static readonly FrozenSet<string> StateBodies = new HashSet<string>(StringComparer.Ordinal)
    {
        "Presidency", "Parliament", "Government", "Cabinet", "Senate", "Ministry",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of the names of parties, movements and armed groups: bodies named for a country that are not its state's.</summary>
    private static readonly FrozenSet<string> NonStateBodyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Liberation", "Movement", "Front", "Party", "Revolutionary", "Opposition", "Rebel", "Rebels", "Resistance", "Alliance", "Union", "Congress", "Platform",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The country a body not known as an international one is named for: a country or demonym among its words
    /// ("Vietnam Coast Guard", "Atomic Energy Organization of Iran"). Known bodies are left to the knowledge, and parties
    /// and movements ("Liberation Front of Angola") speak for no state.
    /// </summary>
    internal static string? NationalBody(Mention organization, KnowledgeBase knowledge)
    {
        if (organization.OrganizationKind is not null || knowledge.Lookup(organization.Surface).Any(e => e.Kind == GazetteerKind.Organization)) return null;
        var words = organization.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(NonStateBodyWords.Contains)) return null;
        string? found = null;
        for (var n = 1; n <= 2; n++)
            for (var i = 0; i + n <= words.Length; i++)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(n));
                // "the White House National Security Council": a seat of government among the words is its state's.
                if (knowledge.SeatOfGovernment(phrase) is { } seat)
                {
                    if (found is not null && found != seat) return null;
                    found = seat;
                }
                foreach (var e in knowledge.Lookup(phrase))
                {
                    if (e.Kind is not (GazetteerKind.Country or GazetteerKind.Demonym) || e.Iso2 is null) continue;
                    if (found is not null && found != e.Iso2) return null; // "the Japan-Korea Forum": two countries, nobody's alone
                    found = e.Iso2;
                }
            }
        return found;
    }

    private static bool IsOffice(string word) => OfficeWords.Contains(word) || Lexicon.OfficeHolderNouns.Contains(word);

    /// <summary>
    /// "the Northern Ireland secretary", "commander of the Revolutionary Armed Forces of Colombia": the country is a word of a
    /// longer name (a capitalised word right before it, or before its "of" when that word is no office).
    /// </summary>
    private static bool PartOfLongerName(List<Token> tokens, int start, int country)
    {
        var before = country - 1;
        if (before >= start && tokens[before].Lower == "the") before--;
        if (before < start) return false;
        if (tokens[before].IsWord && tokens[before].IsCapitalized || tokens[before].Text == "-") return true;
        // "president of the Government of Montenegro", "speaker of the Parliament of Georgia": a state's own body
        // named with "of" and the country is no longer name of something else.
        return tokens[before].Lower == "of" && before - 1 >= start && tokens[before - 1].IsWord && tokens[before - 1].IsCapitalized &&
               !IsOffice(tokens[before - 1].Text) && !StateBodies.Contains(tokens[before - 1].Text);
    }

    /// <summary>The lower-case office words up to the office noun, without the article ("national security adviser").</summary>
    private static string Title(List<Token> tokens, int start, int officeAt)
    {
        var from = officeAt;
        while (from > start && tokens[from - 1].IsWord && !tokens[from - 1].IsCapitalized && tokens[from - 1].Lower is not ("the" or "a" or "an" or "its" or "his" or "her")) from--;
        return string.Join(' ', tokens.Skip(from).Take(officeAt - from + 1).Select(t => t.Text));
    }
}
