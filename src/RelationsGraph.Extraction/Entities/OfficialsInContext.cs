using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// Evidence for people and their countries that lies outside the name's own span, read once a
/// sentence's mentions are all known. It serves officials the built-in lists do not name:
/// <list type="bullet">
/// <item>"Michelle Bachelet and Nicolas Maduro": a full name coordinated with a person is a person;</item>
/// <item>"On the Saudi side, Defence Minister X and ...": the side phrase gives the officials after it their country;</item>
/// <item>"Secretary of State Marco Rubio, Treasury Secretary Scott Bessent and ...": a list of officials shares a country;</item>
/// <item>"X, accompanied by Foreign Minister Y": an official accompanying someone serves the same country.</item>
/// </list>
/// </summary>
internal static class OfficialsInContext
{
    private static readonly FrozenSet<string> AccompanyingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "accompanied", "joined", "flanked", "alongside", "along" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The readings of the country an official acts for, in the order they are tried, with the rule each adds to the mention.</summary>
    private static readonly (Func<List<Token>, List<Mention>, Mention, string?> CountryOf, string Rule)[] CountryReadings =
    [
        (RespectiveRepresentative, "; the respective country of a list represented by a list (\"A and B were represented by X and Y\")"),
        (CountryBeforeBy, "; country represented by the official (\"X was represented by\", \"for X by\")"),
        (CountrySent, "; sent by a country (\"Uganda sent Vice-President X\")"),
        ((t, m, p) => LaterNameOfASentList.Of(t, m, p, static (t2, m2, q) => CountryBeforeBy(t2, m2, q) ?? CountrySent(t2, m2, q)),
            "; a later name of the list a country was represented by or sent (\"X was represented by A, ..., and by B\")"),
        (CountrySignedFor, "; signed for a country (\"X signed on behalf of Y\", \"X put his name to it for Y\")"),
        (CountryForInAPairedList, "; the country after 'for' in a paired list (\"X for Khartoum and Y for Juba\")"),
        (CountrySignedForInverted, "; signed for a country, told inverted (\"Signing for Y was X\", \"the signatories were X, for Y\")"),
        (SignersListedAfterForAndBy, "; a later signer of the list after 'for' a country and 'by' (\"signed for Y by A, the ..., B and C\")"),
        (SideFrontedBeforeItsSigning, "; the side fronted before its signing clause (\"For Y it was signed by X\", \"For Y, X signed together with Z\")"),
        (RespectiveOfficeList, "; the respective country of a plural office's list (\"the presidents of A and B, X and Y\")"),
        (CountryOverATitlesModifiers, "; a country's possessive over lower-case modifiers of the title (\"Zambia's acting President X\")"),
        (CountryLabelOfTheLine, "; the country labelling its line (\"Nepal: Prime Minister X\")"),
    ];

    public static void Apply(Sentence sentence, List<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        // Most sentences name no one: spare them the filter and sort.
        if (!mentions.Exists(m => m.Kind == MentionKind.Person && !m.IsNominal)) return;
        var people = mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal).OrderBy(m => m.TokenStart).ToList();
        SigningAgentName.Apply(tokens, people);
        CoordinatedNames(tokens, people, mentions);
        // Each reading in turn places the officials the readings before it left without a country.
        // A person whose country is only a nationality read beside a title that is no office ("X, the White House coordinator")
        // is read too: the country the sentence says they act for confirms it.
        foreach (var (countryOf, rule) in CountryReadings)
            foreach (var p in people)
                if ((p.Iso2 is null || !p.TitleIsOffice && !p.SpeaksForCountry && p.Canonical is null) &&
                    countryOf(tokens, mentions, p) is { } country && (p.Iso2 is null || p.Iso2 == country))
                {
                    p.Iso2 = country;
                    if (p.Title is null || !p.TitleIsOffice) p.SpeaksForCountry = true;
                    // A country is represented by, sends or signs through a person: a full name so read is a person's.
                    if (p.Surface.Contains(' ')) p.HasPersonEvidence = true;
                    p.Rule += rule;
                }
        CoordinatedNames(tokens, people, mentions);
        var sides = SidePhrases(tokens, mentions);
        // "The Lebanese delegation was led by X": whoever leads a country's delegation speaks for it, titled or not.
        foreach (var p in people.Where(p => p.Iso2 is null && p.Canonical is null && LeaderOf(tokens, p)))
            if (OpeningSideBefore(sides, p) is { } lead)
            {
                Assign(p, lead.Iso2, "leader of the country's delegation");
                if (p.Title is null || !p.TitleIsOffice) p.SpeaksForCountry = true;
            }
        // "Chile's delegation included A, B and C", "The American side was led by A, an adviser, and B": everyone listed as
        // a member (or joint leader) of a country's delegation speaks for it, titled or not.
        foreach (var p in people.Where(p => p.Iso2 is null && p.Canonical is null))
            if (OpeningSideBefore(sides, p) is { } side && ListedMember(tokens, people, side.End, p))
            {
                Assign(p, side.Iso2, "listed member of the country's delegation");
                if (p.Title is null || !p.TitleIsOffice) p.SpeaksForCountry = true;
            }
        // A known person the knowledge gives no country ("NATO Secretary-General X") holds an office of a body, which no
        // country beside them in a list, a side phrase or a retinue makes theirs.
        foreach (var p in people.Where(p => p.Iso2 is null && p.TitleIsOffice && p.Canonical is null))
        {
            if (SideOf(tokens, sides, p) is { } s)
            {
                Assign(p, s.Iso2, "country of the side phrase");
                continue;
            }
            if (ListNeighbour(tokens, people, mentions, p) is { Iso2: { } iso }) { Assign(p, iso, "country shared with the list of officials"); continue; }
            if (Accompanied(tokens, mentions, p) is { Iso2: { } companion }) Assign(p, companion, "country of the person accompanied");
        }
    }

    private static void Assign(Mention p, string iso, string rule)
    {
        p.Iso2 = iso;
        p.Rule += "; " + rule;
    }

    /// <summary>
    /// Full names (two words or more) next to a person with nothing but "and", "or" or a comma between, or with the side
    /// the earlier name is listed for ("A of Tonga; B of Niue; and C of Fiji", "A for Norway, B for Chile"; see
    /// <see cref="OnlyASideAndListWords"/>).
    /// </summary>
    private static void CoordinatedNames(List<Token> tokens, List<Mention> people, List<Mention> mentions)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            for (var k = 0; k < people.Count; k++)
            {
                var m = people[k];
                // A name of one word is no full name (read in place: this runs for every person, pass after pass).
                if (m.HasPersonEvidence || m.Canonical is not null || !m.Surface.Contains(' ')) continue;
                // "the envoy for West Asia and North Africa, and X": a compass word opens a region's name, listed beside a person or not.
                if (RegionOfACountryName.IsCompassWord(m.Surface[..m.Surface.IndexOf(' ')])) continue;
                var before = k > 0 && people[k - 1].HasPersonEvidence &&
                             (OnlyListWords(tokens, people[k - 1].TokenEnd, m.TokenStart) || OnlyASideAndListWords(tokens, mentions, people[k - 1].TokenEnd, m.TokenStart, commaEnough: true) &&
                              EndsARollItem(tokens, m.TokenEnd));
                var after = k + 1 < people.Count && people[k + 1].HasPersonEvidence &&
                            (OnlyListWords(tokens, m.TokenEnd, people[k + 1].TokenStart) || OnlyASideAndListWords(tokens, mentions, m.TokenEnd, people[k + 1].TokenStart, commaEnough: false));
                if (!before && !after) continue;
                m.HasPersonEvidence = true;
                m.Rule += "; coordinated with a person";
                changed = true;
            }
        }
    }

    /// <summary>Most tokens of a side's name in a roll item ("of the Cook Islands", "for the Union of South Africa").</summary>
    private const int MaxSideTokens = 8;

    /// <summary>
    /// "A of Tonga; B of Niue; and C", "A for Norway, B for Chile": rolls of delegates, leaders and signatories write each
    /// name with the country, place or body it is there for, then a comma or semicolon (pattern: the press's lists of
    /// summit leaders and of treaty signatories). Between the two names stand only "of"/"for"/"from", an optional "the",
    /// one country, place or organization mention, and list punctuation (",", ";", "and", "or"; at least one). Before a
    /// person, a comma alone is no roll's break: "the Special Envoy for Somalia, X" is a title in apposition.
    /// </summary>
    private static bool OnlyASideAndListWords(List<Token> tokens, List<Mention> mentions, int from, int to, bool commaEnough)
    {
        if (to - from < 3 || to - from > MaxSideTokens + 4) return false;
        var sideEnd = SideAfter(tokens, mentions, from);
        if (sideEnd < 0 || sideEnd >= to) return false;
        var roll = commaEnough;
        for (var i = sideEnd; i < to; i++)
        {
            if (tokens[i].Text is not ("," or ";" or "and" or "or")) return false;
            if (tokens[i].Text != ",") roll = true;
        }
        return roll && to - sideEnd <= 3;
    }

    /// <summary>
    /// A later name of a roll is itself a roll item: its own side or the list's punctuation follows it ("; B of Niue;",
    /// "and B."), so "A of Tonga; B said ..." opens a clause rather than continuing the roll.
    /// </summary>
    private static bool EndsARollItem(List<Token> tokens, int end) =>
        end >= tokens.Count || tokens[end].Text is "," or ";" or "." or ":" or ")" || tokens[end].Lower is "and" or "of" or "for" or "from";

    /// <summary>"of Tonga", "for the Union of South Africa" at <paramref name="from"/>: where the side a roll item names ends, or -1.</summary>
    private static int SideAfter(List<Token> tokens, List<Mention> mentions, int from)
    {
        if (from + 1 >= tokens.Count || tokens[from].Lower is not ("of" or "for" or "from")) return -1;
        var at = from + 1;
        var side = mentions.FirstOrDefault(o => o.Kind is MentionKind.Country or MentionKind.Place or MentionKind.Organization &&
                                                !o.IsDemonym && (o.TokenStart == at || o.TokenStart == at + 1 && tokens[at].Lower == "the"));
        return side is null || side.TokenEnd - from > MaxSideTokens ? -1 : side.TokenEnd;
    }

    private static bool OnlyListWords(List<Token> tokens, int from, int to)
    {
        if (to <= from || to - from > 2) return false;
        for (var i = from; i < to; i++)
            if (tokens[i].Text is not ("," or "and" or "or")) return false;
        return true;
    }

    /// <summary>
    /// "On the Saudi side," / "for the Pakistani delegation": the country, where the phrase starts and ends, and whether it
    /// opens the clause (then it gives the officials after it their country); otherwise it closes one ("X and Y were among
    /// the Singapore delegation") and gives its country to the officials before it in that clause.
    /// </summary>
    /// <remarks>
    /// A sentence may tell both sides ("co-hosted on the American side by A and B, and on the Mexican side by C", "The Egyptian
    /// delegation was led by X and the Turkish side by Y"): each official then takes the nearest side opened before them, so
    /// every phrase is read, in order. A side phrase right after "and" opens its clause as one after "on" does.
    /// </remarks>
    private static List<(string Iso2, int Start, int End, bool Opens)> SidePhrases(List<Token> tokens, List<Mention> mentions)
    {
        var sides = new List<(string Iso2, int Start, int End, bool Opens)>();
        foreach (var c in mentions.Where(m => m.Kind == MentionKind.Country && m.Iso2 is not null).OrderBy(m => m.TokenStart))
        {
            if (SideNounAfter(tokens, c.TokenEnd) is var noun && noun >= 0 && c.TokenStart > 0 && tokens[c.TokenStart - 1].Lower is "the" or "a" or "an")
            {
                var definite = tokens[c.TokenStart - 1].Lower == "the";
                var opens = definite && (c.TokenStart < 2 || tokens[c.TokenStart - 2].Lower is "on" or "for" or "from" or "in" or "with" || sides.Count > 0 && tokens[c.TokenStart - 2].Lower == "and")
                            || MembersFollow(tokens, noun + 1);
                if (definite || opens) sides.Add((c.Iso2!, c.TokenStart - 1, noun, opens));
            }
            // "Chile's delegation included ...": a possessive country's delegation opens the clause it heads.
            else if (!c.IsDemonym && c.TokenEnd + 1 < tokens.Count && tokens[c.TokenEnd].Text is "'s" or "’s" && tokens[c.TokenEnd + 1].Lower is "delegation" or "team" &&
                     (c.TokenStart == 0 || tokens[c.TokenStart - 1].Text is "," or ";" || tokens[c.TokenStart - 1].Lower is "and" or "while"))
                sides.Add((c.Iso2!, c.TokenStart, c.TokenEnd + 1, true));
        }
        return sides;
    }

    /// <summary>Closed-class words that are no modifier of a side noun ("the US and Chinese delegations").</summary>
    private static readonly FrozenSet<string> NotModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "is", "was", "were", "has", "had", "who", "which", "that",
        "the", "a", "an", "its", "their", "his", "her",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "a Syrian ministerial delegation", "the U.S. technical team": the side noun after a country and up to two lower-case
    /// modifiers (the pattern: a country's delegation described by its rank or its work). Its index, or -1.
    /// </summary>
    private static int SideNounAfter(List<Token> tokens, int at)
    {
        for (var k = at; k < tokens.Count && k <= at + 2; k++)
        {
            if (tokens[k].Lower is "side" or "delegation" or "team") return k;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || NotModifiers.Contains(tokens[k].Text)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// ", led by", "headed by", "including", "that included": the side phrase is followed by its leaders or members, so it
    /// opens for the names after it wherever it stands ("a visit by a Syrian delegation led by X").
    /// </summary>
    private static bool MembersFollow(List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Text == ",") k++;
        if (k < tokens.Count && tokens[k].Lower is "that" or "which") k++;
        if (k >= tokens.Count) return false;
        return MembershipCues.Contains(tokens[k].Text) || k + 1 < tokens.Count && tokens[k].Lower is "led" or "headed" && tokens[k + 1].Lower == "by";
    }

    /// <summary>The side phrase that opened nearest before the official.</summary>
    private static (string Iso2, int Start, int End, bool Opens)? OpeningSideBefore(List<(string Iso2, int Start, int End, bool Opens)> sides, Mention p)
    {
        // A backward loop: this runs for every official of every sentence.
        for (var k = sides.Count - 1; k >= 0; k--)
            if (sides[k].Opens && p.TokenStart > sides[k].End) return sides[k];
        return null;
    }

    /// <summary>The side that opened nearest before the official, else the closing one ("among the Singapore delegation") after them in their clause.</summary>
    private static (string Iso2, int Start, int End, bool Opens)? SideOf(List<Token> tokens, List<(string Iso2, int Start, int End, bool Opens)> sides, Mention p) =>
        OpeningSideBefore(sides, p) ?? ClosingSideAfter(tokens, sides, p);

    private static (string Iso2, int Start, int End, bool Opens)? ClosingSideAfter(List<Token> tokens, List<(string Iso2, int Start, int End, bool Opens)> sides, Mention p)
    {
        foreach (var s in sides)
            if (!s.Opens && p.TokenEnd <= s.Start && !ClauseBreak(tokens, p.TokenEnd, s.Start)) return s;
        return null;
    }

    /// <summary>"led by X", "headed by X": the name is the agent of leading.</summary>
    /// <remarks>"led on the Chinese side by X": the side phrase may stand between the verb and its "by".</remarks>
    private static bool LeaderOf(List<Token> tokens, Mention p) =>
        p.TokenStart >= 2 && tokens[p.TokenStart - 1].Lower == "by" &&
        (tokens[p.TokenStart - 2].Lower is "led" or "headed" ||
         tokens[p.TokenStart - 2].Lower is "side" or "delegation" && Enumerable.Range(Math.Max(0, p.TokenStart - 7), Math.Max(0, p.TokenStart - 2 - Math.Max(0, p.TokenStart - 7)))
             .Any(k => tokens[k].Lower is "led" or "headed" && k + 1 < tokens.Count && tokens[k + 1].Lower == "on"));

    private static readonly FrozenSet<string> MembershipCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "included", "including", "includes", "include", "comprised", "comprising" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a list of delegation members: a new clause or a verb of what the delegation did.</summary>
    private static readonly FrozenSet<string> ListEnders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "while", "whereas", "but", "as", "when", "after", "before", "to", "at", "in", "on", "from",
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "met", "held", "told", "said", "sat", "spoke", "gave", "made", "took", "says",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The official is listed after a membership cue ("included", "led by") that follows the side phrase: only names, their
    /// titles and appositions, commas, semicolons, "and" (and ", with") stand between the cue and the name.
    /// </summary>
    private static bool ListedMember(List<Token> tokens, List<Mention> people, int sideEnd, Mention p)
    {
        var cue = -1;
        for (var i = sideEnd; i < p.TokenStart; i++)
            if (MembershipCues.Contains(tokens[i].Text) || tokens[i].Lower == "by" && i > 0 && tokens[i - 1].Lower is "led" or "headed") cue = i;
        if (cue < 0) return false;
        for (var i = cue + 1; i < p.TokenStart; i++)
        {
            if (people.Any(o => i >= o.TokenStart && i < o.TokenEnd)) continue;
            var t = tokens[i];
            if (t.Text is "." or ":" || ListEnders.Contains(t.Text)) return false;
            if (t.Lower == "with" && !(i > 0 && tokens[i - 1].Text == "," && people.Any(o => o.TokenEnd == i - 1))) return false;
            if (t.IsWord && !t.IsCapitalized && t.Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool ClauseBreak(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Text is ";" or ":" || tokens[i].Lower is "while" or "whereas" or "but" or "as") return true;
        return false;
    }

    /// <summary>The official right before or after in a list ("Title A, Title B and Title C") whose country is known.</summary>
    /// <remarks>
    /// Two holders of one office ("President A and President B") serve two countries, so they share nothing; and a later
    /// official whose country is written in front of its own title ("Minister A and Indonesian Minister B") keeps it.
    /// </remarks>
    private static Mention? ListNeighbour(List<Token> tokens, List<Mention> people, List<Mention> mentions, Mention p)
    {
        // "A, who signed on behalf of King B, and C": the one acted for stands outside the list; PrincipalOfAnAgent places them.
        if (PrincipalOfAnAgent.IsActedFor(p)) return null;
        // "the Minister for Development and the Pacific, B": a name-shaped word read inside the next official's title is part
        // of that title, not a member of the list.
        people = people.Where(m => m == p || !WordOfTheNextTitle(m, people)).ToList();
        var k = people.IndexOf(p);
        for (var j = k - 1; j >= 0; j--)
        {
            if (!ListGap(tokens, people[j].TokenEnd, people[j + 1].TokenStart, people[j + 1].Title)) break;
            if (Shares(people[j], p)) return people[j];
        }
        for (var j = k + 1; j < people.Count; j++)
        {
            if (!ListGap(tokens, people[j - 1].TokenEnd, people[j].TokenStart, people[j].Title)) break;
            if (mentions.Any(m => m.Kind == MentionKind.Country && m.TokenStart >= people[j - 1].TokenEnd && m.TokenStart < people[j].TokenStart)) break;
            if (Shares(people[j], p)) return people[j];
        }
        return null;
    }

    private static bool WordOfTheNextTitle(Mention m, List<Mention> people) =>
        m.Title is null && m.Canonical is null && people.Any(o => o.TokenStart > m.TokenStart && o.TokenStart - m.TokenEnd <= 2 &&
                                                                  o.Title is not null && o.Title.EndsWith(m.Surface, StringComparison.Ordinal));

    private static bool Shares(Mention neighbour, Mention p) =>
        neighbour.Iso2 is not null && (neighbour.TitleIsOffice || neighbour.Canonical is not null) &&
        !(neighbour.Title is not null && p.Title is not null && string.Equals(neighbour.Title, p.Title, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A comma or "and" followed by the next official's title (capitalised words, "of", "for"), nothing else. The title may
    /// take its article and stand in apposition before the name ("Foreign Minister A and the Minister for Trade and the
    /// Pacific, B"): a coordinated second office shares the first conjunct's country as a bare one does. An appositive title
    /// may be written lower case ("his foreign minister, A, the defence minister, B, and the finance minister, C") when its
    /// words are the next official's own title.
    /// </summary>
    private static bool ListGap(List<Token> tokens, int from, int to, string? nextTitle)
    {
        if (to <= from || to - from > 12 || tokens[from].Text is not ("," or "and")) return false;
        var article = from + 1 < to && tokens[from + 1].Lower == "and" ? from + 2 : from + 1;
        var appositive = to - article >= 2 && tokens[to - 1].Text == "," && tokens[article].Lower == "the";
        if (appositive && nextTitle is not null && IsTheTitle(tokens, article + 1, to - 1, nextTitle)) return true;
        for (var i = from + 1; i < to; i++)
            if (!(tokens[i].IsCapitalized || tokens[i].Lower is "and" or "of" or "for" or "-" ||
                  appositive && (tokens[i].Lower == "the" || i == to - 1))) return false;
        return to - from <= 8 || appositive;
    }

    /// <summary>Whether the tokens [from, to) spell the title, spaces aside.</summary>
    private static bool IsTheTitle(List<Token> tokens, int from, int to, string title)
    {
        if (to <= from) return false;
        var spelled = string.Concat(tokens[from..to].Select(t => t.Text));
        return string.Equals(spelled, title.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Jordan and Egypt were represented by their intelligence chiefs, X and Y": countries coordinated before "represented by"
    /// and as many names coordinated after it pair off in order (the pattern: a respective list). The names may follow a
    /// plural office ("their foreign ministers,"); nothing but commas and "and" may stand between them.
    /// </summary>
    private static string? RespectiveRepresentative(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var by = -1;
        for (var i = p.TokenStart - 1; i >= 1 && by < 0; i--)
        {
            if (tokens[i].Text is ";" or ":" or ".") return null;
            if (tokens[i].Lower == "by" && tokens[i - 1].Lower == "represented") by = i;
        }
        if (by < 0) return null;
        var names = mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal && m.TokenStart > by).OrderBy(m => m.TokenStart).ToList();
        var listed = new List<Mention>();
        foreach (var n in names)
        {
            if (listed.Count > 0 && !OnlyListWords(tokens, listed[^1].TokenEnd, n.TokenStart)) break;
            listed.Add(n);
        }
        var index = listed.IndexOf(p);
        if (index < 0 || listed.Count < 2) return null;
        // The countries: coordinated, right before the verb and its auxiliary ("were", "had been").
        var end = by - 1;
        while (end > 0 && tokens[end - 1].Lower is "were" or "are" or "had" or "have" or "been" or "will" or "be" or "respectively") end--;
        var countries = new List<Mention>();
        for (var c = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd == end); c is not null;)
        {
            countries.Insert(0, c);
            var at = c.TokenStart;
            c = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && OnlyListWords(tokens, m.TokenEnd, at));
        }
        return countries.Count == listed.Count ? countries[index].Iso2 : null;
    }

    /// <summary>
    /// "Norway was represented by Foreign Minister X", "... and Ecuador by Foreign Minister Y", "signed for India by High
    /// Commissioner Z": the country before "by" (or before "was represented ... by") is the one the official serves. A
    /// country after "with", "to" or "against" is the other party ("signed with Japan by X"), never the official's.
    /// </summary>
    private static string? CountryBeforeBy(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var i = p.TokenStart - 1;
        var lower = 0;
        while (i >= 0 && p.TokenStart - i <= 8 && tokens[i].Lower != "by")
        {
            // "its foreign affairs commissar, X", "its two prime ministers, X": up to three words of office; another name on the
            // way back ("by A, its envoy at B") owns the office, and B is no official of the country.
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && tokens[i].Lower is not ("its" or "the" or "their" or "her" or "his") && ++lower > 3) return null;
            var at = i;
            if (mentions.Any(m => m.Kind == MentionKind.Person && m != p && m.TokenStart <= at && m.TokenEnd > at)) return null;
            if (!tokens[i].IsWord && tokens[i].Text is not ("," or "." or "-")) return null;
            i--;
        }
        if (i < 1 || tokens[i].Lower != "by") return null;
        var by = i;
        if (CountryEndingAt(tokens, mentions, by) is { } direct) return direct;
        for (var r = by - 1; r >= 0 && by - r <= 5; r--)
        {
            if (tokens[r].Lower != "represented") continue;
            return mentions.Where(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd <= r && !AfterPreposition(tokens, m))
                .OrderByDescending(m => m.TokenEnd).FirstOrDefault()?.Iso2;
        }
        return null;
    }

    /// <summary>
    /// "El Salvador sent Vice President X", "Uganda, which chairs the conference, dispatched its foreign minister, X": the official
    /// a country sends, named right after the verb and their title, is that country's (the pattern: a country as the sender of
    /// its own delegate). The sender is the nearest country before the verb, with no person between.
    /// </summary>
    private static string? CountrySent(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var verb = p.TokenStart - 1;
        while (verb >= 0 && p.TokenStart - verb <= 5 && (tokens[verb].IsWord && tokens[verb].IsCapitalized || tokens[verb].Text is "-" or "," || tokens[verb].Lower is "its" or "their" or "of" or "for"))
            verb--;
        if (verb < 1 || tokens[verb].Lower is not ("sent" or "dispatched")) return null;
        var sender = mentions.Where(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd <= verb && !AfterPreposition(tokens, m))
            .OrderByDescending(m => m.TokenEnd).FirstOrDefault();
        if (sender is null || mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart >= sender.TokenEnd && m.TokenStart < verb)) return null;
        // "Kenya's cabinet sent ...": a possessive country owns the subject, which may be a body rather than the state.
        if (sender.TokenEnd < tokens.Count && tokens[sender.TokenEnd].Text is "'s" or "’s") return null;
        return sender.Iso2;
    }

    /// <summary>
    /// "- **Nepal**: Prime Minister X", "Bhutan — Foreign Minister Y and Z": a line of a roll that opens with a country and a
    /// colon or dash lists that country's people (the pattern: a labelled list of delegations or signatories, as releases
    /// set them out). Only the label opening the line counts, no other country may stand between it and the person, and the
    /// name must already show a person.
    /// </summary>
    private static string? CountryLabelOfTheLine(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        // The label tells whose the people are, not that a name is a person's: "Kuwait: National Assembly" lists a body.
        if (!p.HasPersonEvidence && p.Title is null) return null;
        var first = 0;
        while (first < tokens.Count && !tokens[first].IsWord) first++;
        var label = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenStart == first);
        if (label is null) return null;
        var mark = label.TokenEnd;
        while (mark < tokens.Count && tokens[mark].Text is "*" or "**") mark++;
        if (mark >= tokens.Count || tokens[mark].Text is not (":" or "–" or "—") || p.TokenStart <= mark) return null;
        return mentions.Any(m => m.Kind == MentionKind.Country && m.TokenStart > mark && m.TokenStart < p.TokenStart) ? null : label.Iso2;
    }

    private static readonly FrozenSet<string> SigningWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "signs", "sign", "initialled", "initialed", "inked", "countersigned", "signature", "signatures",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X signed on behalf of Nepal", "X put his name to the document for Kenya": a signer named before the signing verb
    /// signs for the country after "for" or "on behalf of" (the pattern: a signer's capacity told after the verb). Another
    /// person between the name and the country takes the phrase, and a country that owns something ("for Kenya's police")
    /// or starts a longer name is not the side signed for. The subject's apposition may stand between ("X, the foreign
    /// minister, signed for Y", "X, who led the talks, signed for Y"), and so may a co-signer joined by "and" with an
    /// apposition of their own ("A, the minister, and B, his deputy, signed for Y"): the pattern of the subject told with
    /// its office before the verb of signing.
    /// </summary>
    private static string? CountrySignedFor(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var signing = false;
        for (var i = p.TokenEnd; i < tokens.Count && i - p.TokenEnd <= MaxSignerReach; i++)
        {
            if (tokens[i].Text is ";" or "." or ":" || tokens[i].Lower is "while" or "whereas" or "but" or "with" or "which" or "whose" or "said" or "says" or "told") return null;
            // "X, who led the talks, signed": a relative clause right after a comma describes the name or its apposition.
            if (tokens[i].Lower == "who" && tokens[i - 1].Text != ",") return null;
            // A lone capitalised word of a document's title ("the Treaty of Accession for X") is no person taking the phrase;
            // an office named alone ("the Foreign Minister") is the name's own apposition.
            if (mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && !m.IsNominal && m.TokenStart == i && (m.HasPersonEvidence || m.TokenEnd - m.TokenStart > 1)) is { } other)
            {
                if (signing || !CoSignerJoinedByAnd(tokens, p.TokenEnd, i)) return null;
                i = other.TokenEnd - 1;
                continue;
            }
            if (SigningWords.Contains(tokens[i].Text) || tokens[i].Lower == "name" && i >= 2 && tokens[i - 2].Lower is "put" or "puts" or "putting") signing = true;
            if (!signing) continue;
            var at = tokens[i].Lower == "for" ? i + 1
                : tokens[i].Lower == "on" && i + 2 < tokens.Count && tokens[i + 1].Lower == "behalf" && tokens[i + 2].Lower == "of" ? i + 3 : -1;
            if (at < 0) continue;
            if (at < tokens.Count && tokens[at].Lower == "the") at++;
            var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenStart == at);
            if (country is null) return null;
            if (country.TokenEnd < tokens.Count && (tokens[country.TokenEnd].Text is "'s" or "’s" or "-" || tokens[country.TokenEnd].IsWord && tokens[country.TokenEnd].IsCapitalized))
                return null;
            return country.Iso2;
        }
        return null;
    }

    /// <summary>Most tokens from a signer's name to the country signed for (an apposition, a co-signer and theirs).</summary>
    private const int MaxSignerReach = 30;

    /// <summary>"A, the minister, and Sir B signed": the person at <paramref name="at"/> follows "and" (and their own title words).</summary>
    private static bool CoSignerJoinedByAnd(List<Token> tokens, int from, int at)
    {
        var before = at - 1;
        while (before > from && tokens[before].IsWord && tokens[before].IsCapitalized) before--;
        return before >= from && tokens[before].Lower == "and";
    }

    /// <summary>
    /// "Signing for Kenya was X", "while signing on behalf of Uganda were X and Y": the side of a clause-heading gerund of
    /// signing is the country of the people after its copula; "The signatories were X, for Kenya, and Y, for Uganda": a
    /// country after ", for" right behind a listed signer is the one they signed for (the pattern: a signer's side told by
    /// word order rather than after the verb).
    /// </summary>
    private static string? CountrySignedForInverted(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        if (p.TokenEnd + 2 < tokens.Count && tokens[p.TokenEnd].Text == "," && tokens[p.TokenEnd + 1].Lower == "for"
            && tokens.Take(p.TokenStart).Any(t => t.Lower is "signatories" or "signatures")
            && mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenStart == p.TokenEnd + 2) is { } listed
            && (listed.TokenEnd >= tokens.Count || !tokens[listed.TokenEnd].IsWord))
            return listed.Iso2;
        if (SignedForOpener(tokens, mentions, p) is { } opener) return opener;
        for (var k = p.TokenStart - 1; k >= 0; k--)
        {
            if (tokens[k].Text is ";" or "." or ":") return null;
            if (tokens[k].Lower is not ("was" or "were")) continue;
            // The gerund heads the clause the copula ends: "Signing for", "signing on behalf of", with "the" allowed before the side.
            for (var g = k - 1; g >= 0 && k - g <= 8; g--)
            {
                if (tokens[g].Lower != "signing" || g + 1 >= k) continue;
                var at = tokens[g + 1].Lower == "for" ? g + 2 : tokens[g + 1].Lower == "on" && g + 3 < k && tokens[g + 2].Lower == "behalf" ? g + 4 : -1;
                if (at < 0) return null;
                if (at < k && tokens[at].Lower == "the") at++;
                return mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenStart == at && m.TokenEnd == k)?.Iso2;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// "For Ruritania signed X, the foreign minister, and Y": a sentence opening on "For" and a country with the signing verb
    /// right after it names that country's signers after the verb (pattern: the inverted signing clause of formal treaty
    /// reports, the side fronted before its signers).
    /// </summary>
    private static string? SignedForOpener(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        if (tokens.Count < 4 || tokens[0].Lower != "for") return null;
        var at = tokens[1].Lower == "the" ? 2 : 1;
        var side = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenStart == at);
        if (side is null || side.TokenEnd >= p.TokenStart || tokens[side.TokenEnd].Lower is not ("signed" or "signs")) return null;
        for (var k = side.TokenEnd + 1; k < p.TokenStart; k++)
            if (tokens[k].Text is ";" or ":" or "." || tokens[k].Lower is "while" or "whereas" or "but" or "who" or "which") return null;
        return side.Iso2;
    }

    /// <summary>
    /// "For Ruritania it was signed by X, the envoy in Vel, and by Y", "For Ruritania the signatures were those of X and of Y",
    /// "For Ruritania, X signed together with Y and Z": a sentence opening on "For" and a country whose first clause tells a
    /// signing names that country's signers, before or after the verb (pattern: the side fronted before the clause that
    /// tells who signed for it, the formal report's way of going through the parties one by one). The clause ends at a
    /// semicolon; "while", "whereas", "but" or another "for" and a country hand what follows to another side, and a relative
    /// clause right after the country ("For X, which has ...") makes "for" tell a beneficiary, not a side. A name after "as"
    /// ("whom readers know as X") is another name of a signer, not one more.
    /// </summary>
    private static string? SideFrontedBeforeItsSigning(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        if (tokens.Count < 5 || tokens[0].Lower != "for") return null;
        var at = tokens[1].Lower == "the" ? 2 : 1;
        var side = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenStart == at);
        if (side is null || side.TokenEnd >= p.TokenStart) return null;
        // "whom most readers know as X": a name after "as" is another name of someone told before, no further signer.
        if (tokens[p.TokenStart - 1].Lower == "as") return null;
        var next = tokens[side.TokenEnd];
        if (next.Text is "'s" or "’s" or "-") return null;
        if (next.Text == "," && side.TokenEnd + 1 < tokens.Count && tokens[side.TokenEnd + 1].Lower is "which" or "who" or "whose" or "where" or "when") return null;
        var end = side.TokenEnd;
        while (end < tokens.Count && (tokens[end].Text != ";" || OpensARollItem(tokens, mentions, end))) end++;
        if (p.TokenEnd > end) return null;
        for (var k = side.TokenEnd; k < p.TokenStart; k++)
        {
            if (tokens[k].Lower is "while" or "whereas" or "but") return null;
            if (tokens[k].Lower == "for" && mentions.Any(m => m.Kind == MentionKind.Country && (m.TokenStart == k + 1 || m.TokenStart == k + 2 && tokens[k + 1].Lower == "the"))) return null;
        }
        for (var k = side.TokenEnd; k < end; k++)
            if (TellsASigning(tokens[k].Lower) || TellsASidesAgents(tokens, k, p)) return side.Iso2;
        return null;
    }

    /// <summary>
    /// The fronted side's clause may tell its people without a signature word: by their plural agent noun ("For Ruritania the
    /// chief negotiators were A and B", "For Ruritania its envoys, A and B, ...") or by the infinitive of their errand ("For
    /// Ruritania, A and B had come to sign") (pattern: the side fronted before the roll of its negotiators, commissioners or
    /// envoys, as histories of a congress go through the parties one by one). The agent noun stands before the name.
    /// </summary>
    private static bool TellsASidesAgents(List<Token> tokens, int k, Mention p) =>
        tokens[k].Lower is "sign" or "negotiate" && k >= 1 && tokens[k - 1].Lower == "to" ||
        k < p.TokenStart && tokens[k].Lower is "negotiators" or "plenipotentiaries" or "commissioners" or "envoys" or "delegates" or "representatives";

    /// <summary>
    /// "For Ruritania it bears the signatures of A; B, a minister without portfolio; and C": a semicolon followed (after an
    /// optional "and") by a name continues a roll of the side's people rather than ending its clause (pattern: a formal roll
    /// whose items carry their own appositions and are set off by semicolons).
    /// </summary>
    private static bool OpensARollItem(List<Token> tokens, List<Mention> mentions, int semicolon)
    {
        var at = semicolon + 1;
        if (at < tokens.Count && tokens[at].Lower == "and") at++;
        return mentions.Any(m => m.Kind == MentionKind.Person && !m.IsNominal && m.TokenStart == at);
    }

    /// <summary>
    /// "The treaty was signed for Ruritania by A, a deputy, B, a counsellor of state, and C, the financier who ...", "signed
    /// for Ruritania by A, the foreign minister, together with B": every name of the signing roll that follows "for" a country
    /// and "by" signs for that country, not only the first (pattern: the passive signing whose agent is a list of a side's
    /// plenipotentiaries, each with an apposition). The roll ends at a semicolon or another "for" (the next side); a name
    /// after "presence", "witnessed" or "watched" is an onlooker, not a signer.
    /// </summary>
    private static string? SignersListedAfterForAndBy(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        for (var k = p.TokenStart - 1; k >= 1 && p.TokenStart - k <= 45; k--)
        {
            var word = tokens[k].Lower;
            if (tokens[k].Text is ";" or "." or ":" || word is "for" or "while" or "whereas" or "but" or "presence" or "witnessed" or "watched") return null;
            if (word != "by") continue;
            var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd == k);
            if (country is null) continue;
            var before = country.TokenStart - 1;
            if (before >= 0 && tokens[before].Lower == "the") before--;
            if (before < 1 || tokens[before].Lower != "for") return null;
            // The frame belongs to a signing: "signed for X by", "was signed for X by".
            for (var v = before - 1; v >= 0 && before - v <= 4; v--)
                if (TellsASigning(tokens[v].Lower)) return country.Iso2;
            return null;
        }
        return null;
    }

    /// <summary>A word telling a signature: "signed", "signing", "signatures", "signatories", "signers", "initialled".</summary>
    private static bool TellsASigning(string lower) =>
        lower.StartsWith("sign", StringComparison.Ordinal) && lower is not ("sign" or "signs" or "signal" or "signals" or "signalled" or "signaled" or "significant" or "significance" or "significantly" or "signalling") ||
        lower is "initialled" or "initialed" or "countersigned";

    /// <summary>
    /// "The chief negotiators, X for Khartoum and Y for Juba, ...", "talks between X, for Kenya, and Y, for Uganda": names each
    /// followed by "for" and a different country or capital standing for its government tell the side each acts for (the
    /// pattern: a paired list of sides; the first item may carry the verb, "A signed for Kenya; B for Uganda"). A lone "X for
    /// Kenya" is left alone, as "for" may tell a purpose or a beneficiary.
    /// </summary>
    private static string? CountryForInAPairedList(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        if (SideAfterFor(tokens, mentions, p) is not { } own) return null;
        // The pair may open with the full verb: "A signed for Kenya; B for Uganda".
        var paired = mentions.Any(q => q.Kind == MentionKind.Person && q != p && !q.IsNominal &&
                                       (SideAfterFor(tokens, mentions, q) ?? (q.TokenStart < p.TokenStart ? CountrySignedFor(tokens, mentions, q) : null)) is { } other &&
                                       !string.Equals(other, own, StringComparison.OrdinalIgnoreCase));
        return paired ? own : null;
    }

    /// <summary>The country right after a name and "for" (a comma allowed before "for"), closing its list item.</summary>
    private static string? SideAfterFor(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var i = p.TokenEnd;
        if (i < tokens.Count && tokens[i].Text == ",") i++;
        if (i + 1 >= tokens.Count || tokens[i].Lower != "for") return null;
        // "Y for the United Kingdom": the article some country names take.
        var at = tokens[i + 1].Lower == "the" ? i + 2 : i + 1;
        var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenStart == at);
        if (country is null) return null;
        if (country.TokenEnd < tokens.Count && tokens[country.TokenEnd].Text is not ("," or "and" or ";" or "." or ")")) return null;
        return country.Iso2;
    }

    /// <summary>
    /// "the presidents of Kazakhstan, Russia and Iran — X, Y and Z", "Kenya and Haiti ..., when their foreign ministers, X and Y,
    /// signed": a plural office whose countries are coordinated after its "of", or before its "their", heads a list of as many
    /// names, which pair off in order (the pattern: a respective list under a plural office).
    /// </summary>
    private static string? RespectiveOfficeList(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var names = mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal).OrderBy(m => m.TokenStart).ToList();
        var k = names.IndexOf(p);
        var first = k;
        while (first > 0 && OnlyListWords(tokens, names[first - 1].TokenEnd, names[first].TokenStart)) first--;
        var last = k;
        while (last + 1 < names.Count && OnlyListWords(tokens, names[last].TokenEnd, names[last + 1].TokenStart)) last++;
        if (last == first) return null;
        // Before the first name: a comma or dash, then the office list's end.
        var i = names[first].TokenStart - 1;
        if (i < 1 || tokens[i].Text is not ("," or "—" or "–" or "-" or ":")) return null;
        List<Mention> countries;
        var countryList = CountriesEndingAt(tokens, mentions, i);
        if (countryList.Count >= 2 && countryList[0].TokenStart >= 2 && tokens[countryList[0].TokenStart - 1].Lower == "of" &&
            IsPluralOffice(tokens[countryList[0].TokenStart - 2].Lower))
            countries = countryList;
        else if (IsPluralOffice(tokens[i - 1].Lower))
        {
            var owner = i - 1;
            while (owner > 0 && owner > i - 4 && tokens[owner - 1].IsWord && tokens[owner - 1].Lower != "their") owner--;
            if (owner < 1 || tokens[owner - 1].Lower != "their") return null;
            // "their": the coordinated countries that open the sentence's subject, before the office.
            countries = [];
            foreach (var c in mentions.Where(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd < owner).OrderBy(m => m.TokenStart))
            {
                if (countries.Count > 0 && !OnlyListWords(tokens, countries[^1].TokenEnd, c.TokenStart)) break;
                countries.Add(c);
            }
            if (countries.Count < 2 || mentions.Any(m => m.Kind == MentionKind.Country && m.TokenStart > countries[^1].TokenEnd && m.TokenEnd < owner)) return null;
        }
        else return null;
        return countries.Count == last - first + 1 && countries.Select(c => c.Iso2).Distinct().Count() == countries.Count ? countries[k - first].Iso2 : null;
    }

    private static bool IsPluralOffice(string word) =>
        word.Length > 3 && word.EndsWith('s') && (Lexicon.OfficeHolderNouns.Contains(word[..^1]) || word is "leaders" or "heads" or "chiefs");

    /// <summary>Countries coordinated (commas, "and") whose last ends at <paramref name="end"/>.</summary>
    private static List<Mention> CountriesEndingAt(List<Token> tokens, List<Mention> mentions, int end)
    {
        var list = new List<Mention>();
        for (var c = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd == end); c is not null;)
        {
            list.Insert(0, c);
            var at = c.TokenStart;
            c = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && OnlyListWords(tokens, m.TokenEnd, at));
        }
        return list;
    }

    /// <summary>Lower-case words that qualify an office without changing whose it is.</summary>
    private static readonly FrozenSet<string> TitleModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "acting", "interim", "caretaker", "outgoing", "incoming", "new", "newly", "appointed", "elected", "current", "then", "long-serving", "veteran",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Zambia's acting President X", "Peru's newly appointed Foreign Minister Y": a titled official whose title is preceded by
    /// lower-case modifiers of the office and, before them, a country's possessive holds the office for that country (the
    /// pattern: a possessive owner separated from its title by words the name reader does not carry).
    /// </summary>
    private static string? CountryOverATitlesModifiers(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        if (p.Title is null || !p.TitleIsOffice) return null;
        var i = p.TokenStart - 1;
        // "Sudan's then Vice-President X": a hyphen inside the capitalised title is walked over with its words.
        while (i >= 0 && p.TokenStart - i <= 6 && (tokens[i].IsWord && tokens[i].IsCapitalized || tokens[i].Text == "-" && i > 0 && tokens[i - 1].IsCapitalized)) i--;
        var modifiers = 0;
        while (i >= 0 && TitleModifiers.Contains(tokens[i].Text)) { i--; modifiers++; }
        if (modifiers == 0 || i < 1 || tokens[i].Text is not ("'s" or "’s")) return null;
        return mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd == i)?.Iso2;
    }

    private static string? CountryEndingAt(List<Token> tokens, List<Mention> mentions, int end) =>
        mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Iso2 is not null && m.TokenEnd == end && !AfterPreposition(tokens, m))?.Iso2;

    private static bool AfterPreposition(List<Token> tokens, Mention country)
    {
        var before = country.TokenStart - 1;
        if (before >= 0 && tokens[before].Lower == "the") before--;
        return before >= 0 && tokens[before].Lower is "with" or "to" or "against" or "from" or "in" or "at" or "between" or "of" or "on";
    }

    /// <summary>"X, accompanied by Y" / "X, joined by Y": the person accompanied, named before.</summary>
    /// <remarks>The one accompanied may be told by office alone ("The Chilean leader, joined by her ministers, ...").</remarks>
    private static Mention? Accompanied(List<Token> tokens, List<Mention> mentions, Mention p)
    {
        var accompanying = false;
        for (var i = Math.Max(0, p.TokenStart - 10); i < p.TokenStart; i++)
            if (AccompanyingWords.Contains(tokens[i].Text)) accompanying = true;
        if (!accompanying) return null;
        return mentions.LastOrDefault(o => o.Kind == MentionKind.Person && o.TokenEnd <= p.TokenStart - 2 && o.Iso2 is not null && o != p);
    }
}
