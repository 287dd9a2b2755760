namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Trade Minister X said" with no country anywhere near: an official whose office the text names but whose country
/// it leaves unsaid serves the article's home country (<see cref="HomeCountry"/>), as local officials go unmarked in
/// the press. Officials of international bodies ("UN Secretary-General X", "European Commission President Y") are
/// left alone: their office belongs to the body, not to a country.
/// </summary>
internal static class UnmarkedOfficials
{
    /// <summary>Offices that are, in diplomatic news, those of international bodies rather than of countries.</summary>
    private static readonly FrozenSet<string> BodyOffices = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Secretary-General", "Secretary General", "Director-General", "Director General", "High Representative", "Commissioner",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Principal organs of the United Nations whose names hold none of the body words below (the Security Council has one):
    /// "the President of the General Assembly", "a judge of the International Court of Justice". An office of one of them is
    /// the body's, whatever country the story is filed from ("Assembly" alone is often a national parliament).
    /// </summary>
    private static readonly string[] BodyOrgans = ["General Assembly", "International Court of Justice"];

    /// <summary>Gives each unmarked official the home country; returns the people it changed.</summary>
    /// <param name="fromSetting">The home is the setting the opening names, not a dateline: weaker evidence, so an official
    /// told with a travelling party or beside another country's known leader keeps no country either.</param>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, string? home, IReadOnlyList<IReadOnlyList<Mention>> mentions, bool fromSetting = false)
    {
        if (home is null) return [];
        var changed = new List<PersonName>();
        foreach (var p in people.Where(p => p.Iso2 is null && p.Mentions.Count > 0))
        {
            var offices = p.Mentions.Where(m => m.TitleIsOffice && m.Title is not null && !m.IsNominal).ToList();
            // A known person the knowledge gives no country holds an office of a body ("Chairperson of the AU Commission").
            if (offices.Count == 0 || p.Mentions.Any(m => m.Canonical is not null) || offices.Any(IsBodyOffice) || offices.All(HoldsNoOfficeOfState) || offices.All(IsAnEnvoyPosted) ||
                offices.All(m => NamesAnotherCountry(m, home, mentions)) || offices.Any(m => IntroducedAsACounterpart(m) || ListedInTheVisitorsParty(m) || TravelsWithSomeone(m, mentions) || TravelsToTheHome(m, home, mentions) || fromSetting && (InTheVisitorsParty(m) || NamesAnotherCountrysLeader(m, home, mentions)))) continue;
            // Where the story puts the person, in any sentence, tells whose they are: one who comes to the home, or is told
            // in another country's town, is not the home's official ("Y, who travelled to Riyadh", "Y said in Kinshasa").
            if (p.Mentions.Any(m => m.Kind == MentionKind.Person && (!offices.Contains(m) && TravelsToTheHome(m, home, mentions) || ToldInAnotherCountrysTown(m, home, mentions))))
                continue;
            p.Iso2 = home;
            p.CountryFromHome = true;
            changed.Add(p);
        }
        return changed;
    }

    /// <summary>
    /// "Labour leader X", "opposition leader Y", "former minister Z": a party's leader or a past office-holder is named in the
    /// home country's politics but acts for no government there (pattern: titles that are no office of state).
    /// </summary>
    public static bool HoldsNoOfficeOfState(Mention m) =>
        m.Title!.EndsWith("leader", StringComparison.OrdinalIgnoreCase) || m.Title.StartsWith("former ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Ambassador X attended the reception", "the talks, hosted by Ambassador Y": an ambassador or envoy named bare, with no
    /// country and no post, is in a story filed from a capital mostly the envoy another state keeps there; an ambassador to a
    /// state represents the state that sends them, not the one they are posted to, so the home country is not assumed
    /// (pattern: the accredited envoy is the foreign side's). Precision first: such an envoy keeps no country rather than the home's.
    /// </summary>
    internal static bool IsAnEnvoyPosted(Mention m) =>
        m.Title!.Trim() is var t && (t.Equals("Ambassador", StringComparison.OrdinalIgnoreCase) || t.Equals("Amb.", StringComparison.OrdinalIgnoreCase) ||
                                     t.Equals("Ambassador-at-large", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "a delegation including Foreign Minister X", "Commerce Secretary Y, who was also in the delegation", "accompanied by Z":
    /// the officials a story tells as a travelling party belong to the visitor, not to the home the story is filed from or set
    /// in (pattern: the visitor's officials are told with the visit).
    /// </summary>
    internal static bool InTheVisitorsParty(Mention official) =>
        official.Sentence.Tokens.Any(IsPartyWord);

    /// <summary>
    /// "landed with an entourage including Prime Minister X", "accompanied by Trade Minister Y, Defence Minister Z": an
    /// official listed after the word for a travelling party is its member, even in a story filed from the host's capital. The
    /// list runs on only through names, titles and the words that open it: told before the party word ("Z received the guest,
    /// accompanied by ...") or after the clause moves on ("..., paid a call on President W") the official is not the visitor's.
    /// </summary>
    internal static bool ListedInTheVisitorsParty(Mention official)
    {
        var tokens = official.Sentence.Tokens;
        for (var i = official.TokenStart - 1; i >= 0; i--)
        {
            if (IsPartyWord(tokens[i])) return true;
            if (!(tokens[i].IsCapitalized || tokens[i].Text is "," or "-" || PartyListWords.Contains(tokens[i].Lower))) return false;
        }
        return false;
    }

    /// <summary>
    /// "The premier landed that morning with Energy Minister X", "arrived on Monday with Trade Minister Y": an
    /// official who comes along with a traveller is in the visitor's party, not the home's official (pattern: the companion
    /// of a journey is the guest's). "with" stands before the official's title words, the travel verb a few lower-case words
    /// before it, and the traveller is a person: a name or a pronoun right before the verb ("the session came in the evening
    /// with Prime Minister Z" is no journey).
    /// </summary>
    internal static bool TravelsWithSomeone(Mention official, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var tokens = official.Sentence.Tokens;
        var i = official.TokenStart - 1;
        while (i >= 0 && official.TokenStart - i <= 5 && tokens[i].IsWord && tokens[i].IsCapitalized) i--;
        if (i < 1 || tokens[i].Lower != "with") return false;
        for (var v = i - 1; v >= 0 && i - v <= 6; v--)
        {
            if (TravelVerbs.Contains(tokens[v].Text))
                return v >= 1 && (tokens[v - 1].Lower is "he" or "she" or "they" ||
                                  mentions[official.Sentence.Index].Any(m => m.Kind == MentionKind.Person && m != official && m.TokenEnd == v));
            if (!tokens[v].IsWord || tokens[v].IsCapitalized) return false;
        }
        return false;
    }

    /// <summary>Verbs of coming to a place: the whole closed class of travel and arrival, in their common forms.</summary>
    internal static readonly HashSet<string> TravelVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flown", "flying",
        "arrive", "arrives", "arrived", "arriving", "come", "comes", "came", "coming", "land", "lands", "landed", "landing",
        "journeyed",
    };

    /// <summary>
    /// "President X, who had flown in from Asuncion, ...", "Prime Minister Y did not travel to Nairobi": an official whose own
    /// clause has them come to a place of the home country, or come from a place of another, is a visitor there, not the
    /// home's official (pattern: the traveller is the guest). The verb must be the official's: no other person is named
    /// between the name and the verb, so "X welcomed the guest, who arrived in ..." leaves X the host.
    /// </summary>
    private static bool TravelsToTheHome(Mention official, string home, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var tokens = official.Sentence.Tokens;
        var sentence = mentions[official.Sentence.Index];
        for (var v = official.TokenEnd; v < tokens.Count && v - official.TokenEnd <= 14; v++)
        {
            // What the official reports ("X said the guests would arrive in ...") is someone else's journey.
            if (tokens[v].Text is ";" or ":" || tokens[v].Lower == "that" || Text.Lexicon.SpeechVerbs.Contains(tokens[v].Text) || sentence.Any(m => m.Kind == MentionKind.Person && m != official && m.TokenStart == v)) return false;
            if (!TravelVerbs.Contains(tokens[v].Text)) continue;
            // The place follows the verb, after "to", "in", "into", "at" or "from" (and "back", "in" of "flew in from").
            for (var i = v + 1; i < tokens.Count && i - v <= 4; i++)
            {
                if (tokens[i].Lower is not ("to" or "in" or "into" or "at" or "from" or "back" or "the")) break;
                var place = sentence.FirstOrDefault(m => m.Kind is MentionKind.Place or MentionKind.Country && m.Iso2 is not null && !m.IsDemonym &&
                                                         (m.TokenStart == i + 1 || m.TokenStart == i + 2 && tokens[i + 1].Lower == "the"));
                if (place is null) continue;
                var fromThere = tokens[i].Lower == "from";
                return string.Equals(place.Iso2, home, StringComparison.OrdinalIgnoreCase) != fromThere;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "ratified by President X in Khartoum", "Y, the information minister, said in Kinshasa", "Z told reporters in Lusaka":
    /// an official whom the text places, by "in" right after the name or after the official's own speech verb, in a town of
    /// another country sits or speaks there; in a story filed from elsewhere that is a visitor's or the other side's
    /// official, not the home's (pattern: reporters locate the far side's officials where they are). The town is a named
    /// place, not a country ("talks in Sudan" is often where the home's official went); an apposition after the name may
    /// stand before the verb. Precision first: such an official keeps no country rather than the home's.
    /// </summary>
    private static bool ToldInAnotherCountrysTown(Mention official, string home, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var tokens = official.Sentence.Tokens;
        var sentence = mentions[official.Sentence.Index];
        var i = official.TokenEnd;
        // ", the information minister," between the name and its verb: lower-case words and titles only, no other person.
        if (i < tokens.Count && tokens[i].Text == ",")
        {
            var close = -1;
            for (var k = i + 1; k < tokens.Count && k - i <= 8; k++)
            {
                if (tokens[k].Text == ",") { close = k; break; }
                if (!tokens[k].IsWord || sentence.Any(m => m.Kind is MentionKind.Person or MentionKind.Country or MentionKind.Place && m.TokenStart == k)) break;
            }
            if (close < 0) return false;
            i = close + 1;
            if (i >= tokens.Count || !Text.Lexicon.SpeechVerbs.Contains(tokens[i].Text)) return false;
        }
        if (i < tokens.Count && Text.Lexicon.SpeechVerbs.Contains(tokens[i].Text))
        {
            i++;
            if (i < tokens.Count && tokens[i].Lower is "reporters" or "journalists") i++;
        }
        if (i + 1 >= tokens.Count || tokens[i].Lower != "in") return false;
        var town = sentence.FirstOrDefault(m => m.Kind == MentionKind.Place && m.Iso2 is not null && !m.IsDemonym && m.TokenStart == i + 1);
        return town is not null && !string.Equals(town.Iso2, home, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "X met his counterpart, Foreign Minister Y", "X and her counterpart Y signed": a counterpart holds the same office for the
    /// other side, so it is never the home official by default (<see cref="CounterpartOfficials"/> gives it the other country).
    /// </summary>
    public static bool IntroducedAsACounterpart(Mention official)
    {
        var tokens = official.Sentence.Tokens;
        var i = official.TokenStart - 1;
        while (i >= 0 && official.TokenStart - i <= 6 && (tokens[i].IsWord && tokens[i].IsCapitalized || tokens[i].Text == ",")) i--;
        return i >= 1 && tokens[i].Lower == "counterpart" && tokens[i - 1].Lower is "his" or "her" or "their";
    }

    /// <summary>The lower-case words a party's list is told with ("by", "that included", "and the").</summary>
    private static readonly FrozenSet<string> PartyListWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "by", "that", "which", "who", "was", "were", "included", "includes", "including", "comprising", "comprised", "and", "the", "his", "her", "their", "its", "a",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsPartyWord(Text.Token t) => t.Lower is "delegation" or "entourage" or "accompanied" or "accompanying" or "retinue";

    /// <summary>"Agriculture Minister X said ..., and President Macron's office called ...": a known leader of another country in the sentence.</summary>
    private static bool NamesAnotherCountrysLeader(Mention official, string home, IReadOnlyList<IReadOnlyList<Mention>> mentions) =>
        mentions[official.Sentence.Index].Any(m => m.Kind == MentionKind.Person && m.Canonical is not null && m.Iso2 is not null &&
                                                   !string.Equals(m.Iso2, home, StringComparison.OrdinalIgnoreCase));

    /// <summary>An office of an international body: a body office word, or a body named in the words just before the name.</summary>
    public static bool IsBodyOffice(Mention m)
    {
        if (BodyOrgans.Any(o => m.Title!.Contains(o, StringComparison.OrdinalIgnoreCase))) return true;
        if (BodyOffices.Contains(m.Title!) || m.Title!.Split(' ').Any(w => BodyOffices.Contains(w) || IsBodyWord(w) && !IsFederalUnionOffice(m.Title, w))) return true;
        var tokens = m.Sentence.Tokens;
        // "European Commission President X", "the UN's special envoy X", "EU foreign policy chief X": the words of the
        // title phrase, back to the first punctuation or conjunction.
        for (var i = m.TokenStart - 1; i >= 0 && i >= m.TokenStart - 6; i--)
        {
            if (!(tokens[i].IsWord || tokens[i].Text is "-" or "'s" or "’s") || tokens[i].Lower is "and" or "or" or "with" or "by") break;
            if (IsBodyWord(tokens[i].Text) && !IsFederalUnionOffice(m.Sentence.Text[tokens[i].Start..tokens[m.TokenStart - 1].End], tokens[i].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Union Minister X", "Union Home Minister Y": in India and Myanmar "Union" names the federal government, so a Union
    /// minister holds an office of the state, not of a union of states (pattern: a federal union's ministers).
    /// </summary>
    private static bool IsFederalUnionOffice(string title, string word) =>
        word == "Union" && title.StartsWith("Union ", StringComparison.Ordinal) && title.EndsWith("Minister", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "the late president X handed power ... to Yemen's council": a sentence that names a country other than the home one
    /// may well be about that country's official, so the home country is not assumed there. Only when every office mention
    /// stands in such a sentence: one told with no foreign country beside it is the reporter leaving a home official unmarked
    /// (pattern: the side is judged on the clearest mention, not the murkiest).
    /// </summary>
    private static bool NamesAnotherCountry(Mention official, string home, IReadOnlyList<IReadOnlyList<Mention>> mentions) =>
        mentions[official.Sentence.Index].Any(m => m.Kind is MentionKind.Country or MentionKind.Place && m.Iso2 is not null &&
                                                   !string.Equals(m.Iso2, home, StringComparison.OrdinalIgnoreCase) && !TellsWhere(m) &&
                                                   !InWhatTheyReport(official, m) && !InTheirRelativeClause(official, m) && !MarksACounterpart(m) &&
                                                   !MarksAnotherOfficial(official, m, mentions[official.Sentence.Index]) &&
                                                   !NamesAnotherOfficialsCountry(official, m, mentions[official.Sentence.Index]));

    /// <summary>
    /// "... with Prime Minister Y of Ruritania": a country after "of" right behind another person's name, the country that
    /// person holds, marks that person, not the unmarked official (pattern: the "Title Name of Country" form marks its own name).
    /// </summary>
    private static bool NamesAnotherOfficialsCountry(Mention official, Mention country, IReadOnlyList<Mention> sentence)
    {
        var tokens = official.Sentence.Tokens;
        var of = country.TokenStart - 1;
        if (of >= 1 && tokens[of].Lower == "the") of--;
        if (of < 1 || tokens[of].Lower != "of") return false;
        var named = sentence.FirstOrDefault(m => m.Kind == MentionKind.Person && m != official && m.TokenEnd == of);
        return named is not null && string.Equals(named.Iso2, country.Iso2, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Commerce Secretary X, Canada's Industry Minister Y and Mexico's Economy Secretary Z", "Foreign Secretary X and Japan's
    /// Ambassador to Manila, Y", "X shuttled between rooms, while Irish Foreign Minister Y led ...": a country the text writes in
    /// front of another official's title marks that official as foreign; it tells nothing against the unmarked one, whom the
    /// reporter left unmarked as the home side (pattern: reporters mark only the foreign officials of a list or pair). The
    /// country marks the first person named after it, who holds that country, within a title's reach.
    /// </summary>
    private static bool MarksAnotherOfficial(Mention official, Mention country, IReadOnlyList<Mention> sentence)
    {
        // A marked official told first ("Russian President X and his secretary Y", "Ghana's minister signed on behalf of
        // President Y") often carries the unmarked one after with them: only a mark after the official is read so.
        if (country.TokenStart < official.TokenEnd) return false;
        var tokens = official.Sentence.Tokens;
        var marked = sentence.Where(m => m.Kind == MentionKind.Person && !m.IsNominal && m.TokenStart >= country.TokenEnd)
            .MinBy(m => m.TokenStart);
        if (marked is null || marked == official || marked.TokenStart - country.TokenEnd > 8 ||
            !string.Equals(marked.Iso2, country.Iso2, StringComparison.OrdinalIgnoreCase)) return false;
        for (var i = country.TokenEnd; i < marked.TokenStart; i++)
            if (tokens[i].Text is ";" or ":" or "." || tokens[i].Lower is "and" or "said" or "told" or "who" or "which") return false;
        return true;
    }

    /// <summary>
    /// "Foreign Minister X met his Georgian counterpart Y": a nationality on "counterpart" marks the other person as foreign,
    /// so it tells nothing against the official being the home country's (pattern: the counterpart's country is not the subject's).
    /// </summary>
    private static bool MarksACounterpart(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        return m.IsDemonym && m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Lower is "counterpart" or "counterparts";
    }

    /// <summary>
    /// "Finance Minister X, who prepared the visit with a trip to Beijing and Xinjiang, said": a place or country inside the
    /// relative clause after the official tells what they did, not whose they are (pattern: ", who ..." describes the official).
    /// </summary>
    private static bool InTheirRelativeClause(Mention official, Mention other)
    {
        var tokens = official.Sentence.Tokens;
        var comma = official.TokenEnd;
        if (comma + 1 >= tokens.Count || tokens[comma].Text != "," || tokens[comma + 1].Lower is not ("who" or "whose")) return false;
        if (other.TokenStart <= comma + 1) return false;
        for (var i = comma + 2; i < other.TokenStart; i++)
            if (tokens[i].Text is "," or ";" or ".") return false;
        return true;
    }

    /// <summary>
    /// "Foreign Minister X said the country had rejected an American draft": a country named after the official's own speech
    /// verb is in what they report, not whose they are (pattern: the reported clause follows "X said").
    /// </summary>
    private static bool InWhatTheyReport(Mention official, Mention other)
    {
        var tokens = official.Sentence.Tokens;
        var verb = official.TokenEnd;
        return other.TokenStart > verb + 1 && verb < tokens.Count && Text.Lexicon.SpeechVerbs.Contains(tokens[verb].Text);
    }

    /// <summary>
    /// "did not attend a meeting in Beijing", "will travel to Jakarta": a place or country right after a locative
    /// preposition says where something happens, not whose the official is (pattern: a locative phrase names a setting).
    /// </summary>
    private static bool TellsWhere(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var i = m.TokenStart - 1;
        if (i >= 0 && tokens[i].Lower == "the") i--;
        return i >= 0 && tokens[i].Lower is "in" or "at" or "to" or "into" or "near" or "toward" or "towards" && !m.IsDemonym &&
               !(m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Text is "'s" or "’s");
    }

    /// <summary>Acronyms and words that name an international body ("UN", "NATO", "EU", "Commission").</summary>
    private static bool IsBodyWord(string word) =>
        word.Length is >= 2 and <= 6 && word.All(char.IsUpper) || word is "Commission" or "Council" or "Union" or "Nations" or "Bank" or "Fund";
}
