using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// Reads the chunks of one capitalised span left to right: nationality ("South Korean",
/// "Japan's"), then a title ("Prime Minister", "Ambassador to Seoul"), then a name; organization
/// and place suffixes; capitals as places or as governments.
/// </summary>
internal sealed class SpanInterpreter(KnowledgeBase knowledge, Sentence sentence, List<NameChunk> chunks, List<Mention> into)
{
    private readonly List<Token> _tokens = sentence.Tokens;
    private string? _nationality;
    private bool _officePhrase;
    private string? _title;
    private bool _titleIsOffice;
    private bool _honorific;
    /// <summary>Portfolio words read just before a title ("Trade" in "Trade Cabinet Secretary").</summary>
    private string? _portfolio;
    /// <summary>The name follows a country's possessive ("Egypt's Sameh Shoukry").</summary>
    private bool _speaksFor;
    /// <summary>The first token of the title chunk read for the coming name, or -1.</summary>
    private int _titleStart = -1;

    /// <summary>Generic names of a legislature or its chambers, capitalised when they name one.</summary>
    private static readonly FrozenSet<string> BareLegislatures = new HashSet<string>(StringComparer.Ordinal) { "Congress", "Senate", "Parliament" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of what people, not places, do in diplomatic news: "Kagame signed first", "Mulino arrived".</summary>
    private static readonly FrozenSet<string> PersonActionVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "met", "meets", "hosted", "hosts", "signed", "visited", "visits", "arrived", "arrives", "flew", "welcomed", "received", "chaired",
        "attended", "travelled", "traveled", "thanked", "congratulated", "inaugurated", "greeted", "promised", "shook", "resigned",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void Run()
    {
        // "approval by Congress", "a joint sitting of Parliament", "the Senate must approve": a legislature's generic name
        // standing alone, capitalised, is the country's legislature (pattern: news names its own country's chamber bare).
        if (chunks.Count == 1 && chunks[0].IsUnknownWord && BareLegislatures.Contains(chunks[0].Text))
        {
            into.Add(new Mention { Kind = MentionKind.Organization, Sentence = sentence, TokenStart = chunks[0].Start, TokenEnd = chunks[0].End, Surface = chunks[0].Text,
                                   Canonical = chunks[0].Text, Rule = "a legislature's generic name standing alone" });
            return;
        }
        var organizations = OrganizationRanges();
        var venues = VenueRanges(organizations);
        for (var k = 0; k < chunks.Count; k++)
        {
            if (RangeFrom(organizations, k) is { Length: > 0 } org)
            {
                EmitOrganization(org.From, org.To);
                k = org.To - 1;
                continue;
            }
            if (RangeFrom(venues, k) is { Length: > 0 } venue)
            {
                EmitVenue(venue.From, venue.To);
                k = venue.To - 1;
                continue;
            }
            var c = chunks[k];
            if (c.IsJoiner) continue;
            // "the Ardena-based Fishers Union": the compound describing the body is read as no name of its own.
            if (c.IsUnknownWord && IsDescriptiveCompound(c.Text) && RangeFrom(organizations, k + 1).Length > 0)
            {
                Reset();
                continue;
            }
            // "The Varnek Unity Party said": the sentence's opening function word is read alone, the body's name after it is the body.
            if (FunctionWordBeforeABody.Opens(c, RangeFrom(organizations, k + 1).Length > 0)) continue;
            switch (c.Kind)
            {
                // "The Northern Ireland question": the compass word went with the words before it; the country is still a region's.
                case GazetteerKind.Country when k > 0 && RegionOfACountryName.Opens(chunks[k - 1], c):
                    Reset();
                    break;
                // "Foreign Minister X of Chile and Foreign Minister Y of Peru": a country after "of" closes the person named just
                // before it and is not the nationality of the next name in the span (that one's own "of" tells it).
                // "US$24 billion", "4 billion US dollars": a country's name before a currency sign or the currency's noun
                // names the money, not the state (pattern: a country qualifying a currency).
                case GazetteerKind.Country when NamesACurrency(c):
                    Reset();
                    break;
                case GazetteerKind.Country when ClosesThePersonBefore(k):
                    Emit(MentionKind.Country, c, c.Entry!.Canonical, c.Entry.Iso2);
                    break;
                // "signed at the Vatican": the Holy See named as its city after a locative is the place (CityStateAsPlace).
                case GazetteerKind.Country when IsLocative(c.Start) && CityStateAsPlace.IsItsCity(knowledge, c.Text, c.Entry!.Iso2):
                    Emit(MentionKind.Place, c, c.Text, c.Entry!.Iso2);
                    break;
                case GazetteerKind.Country:
                    Emit(MentionKind.Country, c, c.Entry!.Canonical, c.Entry.Iso2);
                    _nationality = c.Entry.Iso2;
                    break;
                // "In French the text is called the Accord de X", "answered in Russian.": a demonym standing alone after "in" names
                // a language, not a country (the pattern: a nationality word as the object of "in" is a language).
                case GazetteerKind.Demonym when NamesALanguage(c):
                    Reset();
                    break;
                // "the former Soviet republics", "the Supreme Soviet": a past state's adjective that names no state (PastStateAdjective).
                case GazetteerKind.Demonym when PastStateAdjective.NamesNoState(knowledge, _tokens, chunks, k):
                    Reset();
                    break;
                // "Latin American diplomats", "Turkish Cypriot leaders": a demonym inside a regional or communal compound (DemonymInACompound).
                case GazetteerKind.Demonym when DemonymInACompound.NamesNoState(_tokens, chunks, k):
                    Reset();
                    break;
                case GazetteerKind.Demonym:
                    Emit(MentionKind.Country, c, c.Entry!.Canonical, c.Entry.Iso2, demonym: true);
                    _nationality = c.Entry.Iso2;
                    break;
                // "Trade Secretary Santiago Ruelas": a town's name between a title and a last name word is a given name.
                case GazetteerKind.Capital or GazetteerKind.Place when PlaceWordInAPersonName.IsGivenNameAfterTitle(chunks, k):
                    k = ReadUnknownRun(k);
                    break;
                case GazetteerKind.Capital:
                    EmitCapital(c);
                    if (OfficeTitleFollows(k)) _nationality = c.Entry!.Iso2;
                    break;
                // "across Southeast Asia", "Europe's leaders": continents and world regions are where policy is aimed, not where
                // anything is held, and the graph's places are cities, areas and venues; the words are read, no mention is made.
                case GazetteerKind.Place when c.Entry!.Detail == GazetteerEntry.WorldRegion:
                    Reset();
                    break;
                // "the Kremlin said", "Downing Street has called it": a seat of government that speaks or acts stands for the
                // government, as a capital does; it is where things happen only after a locative ("talks at the Kremlin").
                // A seat that speaks is the office housed there ("the White House said": the US president's office), an
                // organization of the story; another venue that speaks makes no mention.
                case GazetteerKind.Place when c.Entry!.Detail == "venue" && SpeaksAsGovernment(c):
                    if (knowledge.SeatOfGovernment(c.Entry.Canonical) is not null) Emit(MentionKind.Organization, c, c.Entry.Canonical, null);
                    else Reset();
                    break;
                // "White House press secretary X", "the Kremlin's account", "according to the Elysee": a seat of government written
                // as the office housed there, not as the building (SeatAsItsOffice).
                case GazetteerKind.Place when c.Entry!.Detail == "venue" && knowledge.SeatOfGovernment(c.Entry.Canonical) is not null &&
                                              SeatAsItsOffice.StandsForTheOffice(_tokens, c, IsLocative(c.Start), OfficeTitleFollows(k)):
                    Emit(MentionKind.Organization, c, c.Entry.Canonical, null);
                    if (OfficeTitleFollows(k)) _nationality = c.Entry.Iso2;
                    break;
                case GazetteerKind.Place when TryEmitTownsAirport(c):
                    break;
                case GazetteerKind.Place:
                    Emit(MentionKind.Place, c, c.Entry!.Canonical, c.Entry.Iso2);
                    if (OfficeTitleFollows(k)) _nationality = c.Entry.Iso2;
                    break;
                case GazetteerKind.Organization:
                    Emit(MentionKind.Organization, c, c.Entry!.Canonical, null, organizationKind: c.Entry.Detail);
                    // "signed for Chile and OAS Secretary-General X": a body joined by "and" opens a new conjunct, so the
                    // country of the one before is not the nationality of the body's office-holder after it.
                    if (k >= 1 && chunks[k - 1].IsJoiner && chunks[k - 1].Text is "and" or "or") _nationality = null;
                    break;
                case GazetteerKind.Title when TitleWordIsAGivenName(k):
                    k = ReadUnknownRun(k);
                    break;
                case GazetteerKind.Title:
                    k = ReadTitle(k);
                    break;
                case GazetteerKind.Honorific:
                    _honorific = true;
                    break;
                case GazetteerKind.Person when NamedAfter(k) is { } named:
                    k = named;
                    break;
                case GazetteerKind.Person:
                    k = ReadKnownPerson(k);
                    break;
                // "Northern Ireland", "Western Sahara": a compass word and a country or place name one region (RegionOfACountryName).
                case null when k + 1 < chunks.Count && RegionOfACountryName.Opens(c, chunks[k + 1]):
                    EmitRegion(k);
                    k++;
                    break;
                default:
                    k = ReadUnknownRun(k);
                    break;
            }
        }
    }

    /// <summary>
    /// "Kim Il Sung Square", "the Shinzo Abe Memorial Hall", "Kim Il Sung University": a known person's name followed by
    /// words ending in a place or organization suffix names a place or body after that person, who is not there.
    /// Emits it and returns the last chunk used, or null when the person stands alone.
    /// </summary>
    private int? NamedAfter(int person)
    {
        var end = person;
        while (end + 1 < chunks.Count && end - person < 3 && chunks[end + 1].IsUnknownWord && char.IsUpper(chunks[end + 1].Text[0])) end++;
        for (var last = end; last > person; last--)
        {
            var word = chunks[last].Text;
            var kind = Lexicon.PlaceSuffixes.Contains(word) ? MentionKind.Place : Lexicon.OrganizationSuffixes.Contains(word) ? MentionKind.Organization : (MentionKind?)null;
            if (kind is null) continue;
            var first = chunks[person].Start;
            var stop = chunks[last].End;
            var name = sentence.Text[_tokens[first].Start.._tokens[stop - 1].End];
            into.Add(new Mention
            {
                Kind = kind.Value, Sentence = sentence, TokenStart = first, TokenEnd = stop, Surface = name, Canonical = name,
                Rule = "named after a person (person's name before a place or organization suffix)",
            });
            Reset();
            return last;
        }
        return null;
    }

    /// <summary>
    /// A known person, with the Arabic family name that may follow a shorter known form: "Sheikh Abdullah bin Zayed"
    /// + "Al Nahyan", "Sheikh Tamim" + "Al-Thani". When the words so read end in the person's full known name, the mention
    /// starts where that name starts, leaving the courtesy title ("Sheikh") out. Returns the last chunk used.
    /// </summary>
    private int ReadKnownPerson(int k)
    {
        var c = chunks[k];
        var end = k;
        if (end + 2 < chunks.Count && chunks[end + 1].IsUnknownWord && chunks[end + 1].Text is "Al" or "Al-" or "al" &&
            chunks[end + 2].IsUnknownWord && char.IsUpper(chunks[end + 2].Text[0]))
            end += 2;
        else if (end + 3 < chunks.Count && chunks[end + 1].Text == "Al" && chunks[end + 2].Text == "-" && chunks[end + 3].IsUnknownWord)
            end += 3;
        else
        {
            // "Tedros Adhanom" for the known "Tedros": following words of the known full name belong to the mention.
            var full = PersonName.WordsOf(c.Entry!.Canonical);
            while (end + 1 < chunks.Count && chunks[end + 1].IsUnknownWord && char.IsUpper(chunks[end + 1].Text[0]) &&
                   full.Contains(NameKey.Of(chunks[end + 1].Text)) && !PersonName.WordsOf(c.Text).Contains(NameKey.Of(chunks[end + 1].Text)))
                end++;
            if (end == k) end = FullerFormOfAKnownName.End(chunks, _tokens, k, w => NotInPersonNames.Contains(w) || GatheringWords.Contains(w) || DocumentWords.Contains(w));
        }
        var first = c.Start;
        var last = chunks[end].End;
        if (end > k)
            for (var from = c.Start; from < last; from++)
                if (string.Equals(sentence.Text[_tokens[from].Start.._tokens[last - 1].End], c.Entry!.Canonical, StringComparison.OrdinalIgnoreCase)) { first = from; break; }
        if (first == c.Start) first = GivenNameBefore(k, first);
        first = InitialsBefore(first);
        var written = _nationality is not null && NationalityTitleName(k);
        EmitPerson(first, last, c.Entry!.Canonical, written ? _nationality : c.Entry.Iso2 ?? _nationality, known: c.Entry);
        if (written) { into[^1].NationalityWritten = true; into[^1].Rule += "; nationality written before the title"; }
        return end;
    }

    /// <summary>
    /// "Soviet Foreign Minister X", "Georgian President X": a nationality word (or country name) directly before an office title
    /// directly before a known name tells the country the person acts for in this story, which beats the knowledge base's
    /// default country for a person who served several states (pattern: nationality, title, name, with nothing between).
    /// Only the chunks right before the name are read, so a nationality of an earlier name in a list is not carried over.
    /// </summary>
    private bool NationalityTitleName(int person)
    {
        var j = person - 1;
        var sawTitle = false;
        while (j >= 0 && (chunks[j].Kind == GazetteerKind.Title ||
                          chunks[j].IsUnknownWord && (Portfolios.Contains(chunks[j].Text) || TitleRanks.Contains(chunks[j].Text) || IsTitleWord(chunks[j].Text))))
        {
            sawTitle |= chunks[j].Kind == GazetteerKind.Title;
            j--;
        }
        return sawTitle && j >= 0 && chunks[j].Kind is GazetteerKind.Demonym or GazetteerKind.Country && chunks[j].Entry?.Iso2 == _nationality;
    }

    /// <summary>The first range opening at chunk <paramref name="k"/>, or an empty one (a loop: a lambda here made two delegates per chunk).</summary>
    private static (int From, int To, int Length) RangeFrom(List<(int From, int To, int Length)> ranges, int k)
    {
        foreach (var range in ranges)
            if (range.From == k) return range;
        return default;
    }

    /// <summary>Spans of chunks that form an organization name ending in a suffix ("Japanese Embassy", "King's College London").</summary>
    private List<(int From, int To, int Length)> OrganizationRanges()
    {
        var ranges = new List<(int, int, int)>();
        for (var k = 0; k < chunks.Count; k++)
        {
            if (!(chunks[k].IsUnknownWord && Lexicon.OrganizationSuffixes.Contains(chunks[k].Text) || IsGenericAliasOfAnotherBody(k))) continue;
            // "the Congress of Marvelle": a congress named after its host town is a gathering, not a body (CongressOfItsCity).
            if (CongressOfItsCity.At(chunks, k)) continue;
            // "the Visiting Forces Agreement", "the Tarvia Association Agreement": a suffix word before a document noun is of the
            // document's title, not a body's name (SuffixWordOfADocumentTitle).
            if (SuffixWordOfADocumentTitle.At(chunks, k)) continue;
            // "the Eastland Press Agency", "the Revolution Command Council": a suffix word right before another is a word of the
            // name, which ends at the last one (pattern: a body named by a compound of suffix nouns).
            if (IsSuffixWord(k + 1)) continue;
            var from = k;
            // "India's Ministry of External Affairs", "Sudan's Sovereign Council": the owning country is no part of the body's name.
            while (from > 0 && !ArmedServiceName.LeavesOut(chunks, k, from) && (CanPrefixOrganization(chunks[from - 1]) ||
                                // "Justice and Equality Movement": two unknown words joined by "and" inside the name.
                                chunks[from - 1].Text == "and" && from >= 2 && IsCapitalisedUnknown(chunks[from - 2]) && IsCapitalisedUnknown(chunks[from])) &&
                   !(chunks[from - 1].Text is "'s" or "’s" && from >= 2 && (OwnerIsNoPartOfTheName(chunks[from - 2], k) || OwnerOfANamedBody(chunks[from - 2], from, k))))
                from--;
            while (from < k && chunks[from].IsJoiner) from++;
            var to = k + 1;
            if (to < chunks.Count && chunks[to].Kind is GazetteerKind.Capital or GazetteerKind.Place or GazetteerKind.Country) to++;
            else if (to + 1 < chunks.Count && chunks[to].Text is "of" or "for" && !chunks[to + 1].IsJoiner)
            {
                // "Ministry of Public Security", "Department of International Relations and Cooperation": the portfolio after
                // "of" runs over every capitalised word, joined by "and".
                // "Popular Front for the Liberation of Palestine", "Fund for Restoring the Humboldt Current": a purpose after "for" runs
                // over "the" and "of" to the capitalised words, places and countries after them.
                var purpose = chunks[to].Text == "for";
                to += 2;
                while (to < chunks.Count && (IsCapitalisedUnknown(chunks[to]) || chunks[to].Text == "and" && to + 1 < chunks.Count && IsCapitalisedUnknown(chunks[to + 1]) ||
                                             purpose && chunks[to].Text is "of" or "the" && to + 1 < chunks.Count &&
                                             (IsCapitalisedUnknown(chunks[to + 1]) || chunks[to + 1].Kind is GazetteerKind.Country or GazetteerKind.Place or GazetteerKind.Capital)))
                    to += chunks[to].Text is "and" or "of" or "the" ? 2 : 1;
                // "Alliance of Parties for Justice and Renewal", "Federation of Andean Chambers of Trade and Tourism": a second
                // portfolio after "of" or "for" runs over its capitalised words too (SecondPortfolio).
                while (SecondPortfolio(to) is var next && next > to) to = next;
                // A name never ends on its article: "Office of the" before a known body stops short of it.
                if (chunks[to - 1].Text == "the") to -= 2;
            }
            // "France's Armed Forces Minister X": a suffix word that names a portfolio, right before a title, is the title's
            // portfolio, not a body's name ("National Assembly Chairman" keeps its body).
            if (to == k + 1 && to < chunks.Count && chunks[to].Kind == GazetteerKind.Title && Portfolios.Contains(chunks[k].Text)) continue;
            // "Philippine Senate President X": the upper chamber's name right before its officer's title qualifies the title, and the
            // country before it stays the officer's.
            if (to == k + 1 && to < chunks.Count && chunks[to].Kind == GazetteerKind.Title && chunks[k].Text == "Senate") continue;
            // "Army General X", "the Tarvel Navy Yard": a service noun before another word of the name qualifies it (ArmedServiceName).
            if (to == k + 1 && ArmedServiceName.QualifiesTheNextWord(chunks, k)) continue;
            if (to - from >= 2) ranges.Add((from, to, to - from));
            k = to - 1;
        }
        return ranges;
    }

    /// <summary>
    /// "Kigali Convention Centre", "Baghdad International Airport", "King Khalid International Airport", "Guatemala City",
    /// "National Museum of Slavery": a known city, country or title before unknown words that end in a place suffix is the
    /// first word of one venue's name, not a place of its own; the words after a suffix's "of" belong to it too.
    /// </summary>
    private List<(int From, int To, int Length)> VenueRanges(List<(int From, int To, int Length)> organizations)
    {
        var ranges = new List<(int, int, int)>();
        for (var k = 0; k < chunks.Count; k++)
        {
            if (!chunks[k].IsUnknownWord || !Lexicon.PlaceSuffixes.Contains(chunks[k].Text)) continue;
            if (organizations.Any(r => k >= r.From && k < r.To)) continue;
            // "the Palace of Independence": a suffix word opening the name takes all the words after its "of" (from == k).
            var from = k;
            while (from > 0 && from > k - 4 && CanPrefixVenue(chunks[from - 1])) from--;
            if (from == k && OfficeResidence.TitleStart(chunks, k) is { } office) from = office;
            var to = k + 1;
            // "Toronto City Airport": a suffix may follow another.
            while (to < chunks.Count && chunks[to].IsUnknownWord && Lexicon.PlaceSuffixes.Contains(chunks[to].Text)) to++;
            // "the U.S. House of Representatives", "the House of Commons": a chamber of a legislature, not a venue.
            if (chunks[to - 1].Text == "House" && (to < chunks.Count && chunks[to].Text == "of" || chunks[from].Kind == GazetteerKind.Country)) continue;
            var suffixEnd = to;
            if (to + 1 < chunks.Count && chunks[to].Text == "of" && IsCapitalisedUnknown(chunks[to + 1]))
                for (to += 2; to < chunks.Count && IsCapitalisedUnknown(chunks[to]); to++) { }
            // Only a known name inside, or an "of" after, changes anything: an all-unknown run is read as a place by its suffix already.
            if (from == k && !(to > suffixEnd && to == chunks.Count) || to == k + 1 && !chunks.Skip(from).Take(k - from).Any(c => c.Kind is not null)) continue;
            ranges.Add((from, to, to - from));
            k = to - 1;
        }
        return ranges;
    }

    private static bool CanPrefixVenue(NameChunk c) =>
        c.Kind is GazetteerKind.Capital or GazetteerKind.Country || c.Kind == GazetteerKind.Place && c.Entry!.Detail != GazetteerEntry.WorldRegion ||
        c.Kind == GazetteerKind.Title && c.Text is "King" or "Queen" or "Prince" or "Princess" or "Sultan" or "Emperor" or "President" ||
        IsCapitalisedUnknown(c) && !Lexicon.NotNames.Contains(c.Text);

    private void EmitVenue(int from, int to)
    {
        var first = chunks[from].Start;
        var last = chunks[to - 1].End;
        var surface = sentence.Text[_tokens[first].Start.._tokens[last - 1].End];
        // A capital or country inside gives the venue's country; a town's name may be another country's town as well.
        var iso = chunks.Skip(from).Take(to - from).FirstOrDefault(c => c.Kind is GazetteerKind.Capital or GazetteerKind.Country)?.Entry!.Iso2;
        var residence = Enumerable.Range(from, to - from).Any(i => OfficeResidence.TitleStart(chunks, i) == from);
        into.Add(new Mention
        {
            // An office's residence has no canonical name: a known name with no country reads as a region, which holds no meeting.
            Kind = MentionKind.Place, Sentence = sentence, TokenStart = first, TokenEnd = last, Surface = surface, Canonical = residence && iso is null ? null : surface, Iso2 = iso,
            Rule = residence ? OfficeResidence.Rule : "venue named with a known city, country or title before its place suffix",
        });
        Reset();
    }

    /// <summary>
    /// "the National Security Council", "the Slovenian Democratic Party", "the Democratic Party of Albanians": a known body's
    /// short generic alias ("Security Council", "Democratic Party") qualified by a capitalised word or another nation before it,
    /// or by its own "of"/"for" after it, is the generic head of another body's name, read as that name (pattern: national
    /// bodies share the generic heads of the world's best-known ones).
    /// </summary>
    private bool IsGenericAliasOfAnotherBody(int k)
    {
        var c = chunks[k];
        if (c.Kind != GazetteerKind.Organization || c.Entry!.Detail == "news" || !c.Text.Contains(' ') ||
            string.Equals(c.Text, c.Entry.Canonical, StringComparison.OrdinalIgnoreCase) || !Lexicon.OrganizationSuffixes.Contains(c.Text[(c.Text.LastIndexOf(' ') + 1)..]) ||
            c.Text.Split(' ').Any(w => w.Length > 1 && w.All(char.IsUpper)))
            return false;
        if (k + 2 < chunks.Count && chunks[k + 1].Text is "of" or "for" && !chunks[k + 2].IsJoiner) return true;
        if (k == 0) return false;
        var before = chunks[k - 1];
        if (IsCapitalisedUnknown(before)) return !Lexicon.NotNames.Contains(before.Text) && !StandingWords.Contains(before.Text);
        // "the Russian Security Council": another nation's word; "the Korean Democratic Party" is the known body's own nation.
        return before.Kind is GazetteerKind.Demonym or GazetteerKind.Country && knowledge.Country(before.Entry!.Iso2 ?? "") is { } nation &&
               !NationWordIn(nation.Name, c.Entry.Canonical);
    }

    /// <summary>Whether a word of the nation's name (over three letters) is in the body's name (a helper: a closure over the
    /// chunk was made on every call, for nearly every chunk).</summary>
    private static bool NationWordIn(string nationName, string canonical) =>
        nationName.Split(' ').Any(w => w.Length > 3 && canonical.Contains(w, StringComparison.Ordinal));

    /// <summary>A body's standing written before its name, no word of it: "the Opposition Democratic Party", "the Ruling Party".</summary>
    private static readonly FrozenSet<string> StandingWords = new HashSet<string>(StringComparer.Ordinal) { "Opposition", "Ruling", "Governing", "Main" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The end of a second portfolio opening at <paramref name="at"/>: "of" or "for" and the capitalised unknown words after it,
    /// joined by "and" ("... for Democracy and Development", "... of Commerce and Industry"); <paramref name="at"/> when none
    /// opens there. A known country or body after "of" is left alone (pattern: a body's name with two portfolios).
    /// </summary>
    private int SecondPortfolio(int at)
    {
        if (at + 1 >= chunks.Count || chunks[at].Text is not ("of" or "for") || !IsCapitalisedUnknown(chunks[at + 1])) return at;
        var to = at + 2;
        while (to < chunks.Count && (IsCapitalisedUnknown(chunks[to]) || chunks[to].Text == "and" && to + 1 < chunks.Count && IsCapitalisedUnknown(chunks[to + 1])))
            to += chunks[to].Text == "and" ? 2 : 1;
        return to;
    }

    private bool IsSuffixWord(int k) => k < chunks.Count && chunks[k].IsUnknownWord && Lexicon.OrganizationSuffixes.Contains(chunks[k].Text);

    private static bool IsCapitalisedUnknown(NameChunk c) => c.IsUnknownWord && char.IsUpper(c.Text[0]) && !Months.IsMonthOrWeekday(c.Text);

    /// <summary>
    /// "Treasury's Office of Foreign Assets Control", "Tsvangirai's Movement for Democratic Change", "India's Ministry of External
    /// Affairs": an owner's possessive is no part of a formal body's name (one with its own "of"/"for" portfolio), except an office's
    /// own ("Prime Minister's Office") and the collective nouns a body's name may open with ("People's Liberation Army").
    /// </summary>
    private bool OwnerIsNoPartOfTheName(NameChunk owner, int suffix) =>
        owner.Kind is GazetteerKind.Country or GazetteerKind.Capital or GazetteerKind.Demonym ||
        // A formal name with its own "of"/"for" portfolio after the owner stands whole without it.
        owner.Kind != GazetteerKind.Title && !CollectiveOwners.Contains(owner.Text) && suffix + 2 < chunks.Count && chunks[suffix + 1].Text is "of" or "for";

    /// <summary>
    /// "Ostrava's Union", "Kemper's Patriotic Front", "Vanderlaan's United Civic Party": a place, a person or another body owning a
    /// name of its own is no part of it, nor is an unknown owner before a name of two words or more (pattern: news ties a
    /// party or body to its leader or home with a possessive: "Leader's Party Name").
    /// </summary>
    private static bool OwnerOfANamedBody(NameChunk owner, int nameStart, int suffix) =>
        owner.Kind is GazetteerKind.Place or GazetteerKind.Person or GazetteerKind.Organization ||
        // An acronym's possessive ("the NLF's Central Council") is left as it was: the wing of a movement told with it.
        IsCapitalisedUnknown(owner) && !CollectiveOwners.Contains(owner.Text) && !owner.Text.All(char.IsUpper) && suffix - nameStart >= 1;

    private static readonly FrozenSet<string> CollectiveOwners = new HashSet<string>(StringComparer.Ordinal) { "People", "Women", "Men", "Children", "Workers", "Veterans" }.ToFrozenSet(StringComparer.Ordinal);

    private static bool CanPrefixOrganization(NameChunk c) =>
        c.Text is "-" or "'s" or "’s" ||
        // "the UN Economic Commission for Africa", "the Red Cross Liaison Office": a known body's name opening a longer one is a word
        // of it; a bloc's or a party's ("SCO Council of Foreign Ministers", "Communist Party of China Central Committee") stays its
        // own mention, which the bloc's gatherings and the party's officials are read from.
        c.Kind == GazetteerKind.Organization && c.Entry!.Detail is not ("bloc" or "party") ||
        c.Kind is GazetteerKind.Country or GazetteerKind.Demonym or GazetteerKind.Capital or GazetteerKind.Place or GazetteerKind.Title ||
        c.IsUnknownWord && !Lexicon.NotNames.Contains(c.Text) && !Months.IsMonthOrWeekday(c.Text) && !IsDescriptiveCompound(c.Text);

    /// <summary>
    /// "Ardena-based", "Moscow-backed", "UN-led": a hyphened compound ending in a lowercase participle describes the body that
    /// follows and is no word of its name (pattern: news qualifies a body by its seat or sponsor before the name).
    /// </summary>
    private static bool IsDescriptiveCompound(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]) && word.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>The country chunk at <paramref name="k"/> follows "of" right after a person emitted in this span, with no title read since.</summary>
    private bool ClosesThePersonBefore(int k) =>
        k > 0 && chunks[k - 1].IsJoiner && chunks[k - 1].Text == "of" && _title is null &&
        into.LastOrDefault(m => m.Sentence == sentence) is { Kind: MentionKind.Person } person && person.TokenEnd == chunks[k - 1].Start;

    private int ReadTitle(int k)
    {
        var c = chunks[k];
        _titleStart = c.Start;
        _title = _portfolio is null ? c.Entry!.Canonical : $"{_portfolio} {c.Entry!.Canonical}";
        _portfolio = null;
        _titleIsOffice = true;
        // "Ambassador to Seoul", "Emir of Qatar": the place belongs to the title; a country after "of" is also the office's country.
        if (k + 2 < chunks.Count && chunks[k + 1].Text is "to" or "of" or "for" &&
            chunks[k + 2].Kind is GazetteerKind.Capital or GazetteerKind.Country)
        {
            _title = $"{_title} {chunks[k + 1].Text} {chunks[k + 2].Text}";
            if (chunks[k + 1].Text == "of" && chunks[k + 2].Kind == GazetteerKind.Country)
            {
                Emit(MentionKind.Country, chunks[k + 2], chunks[k + 2].Entry!.Canonical, chunks[k + 2].Entry!.Iso2);
                _nationality = chunks[k + 2].Entry!.Iso2;
            }
            return k + 2;
        }
        // "Minister of State for Foreign Trade": portfolio words after "of"/"for" are part of the title, not a name.
        var end = k;
        while (end + 2 < chunks.Count && chunks[end + 1].Text is "of" or "for" or "and" && chunks[end + 2].IsUnknownWord && Portfolios.Contains(chunks[end + 2].Text))
        {
            end += 2;
            while (end + 1 < chunks.Count && chunks[end + 1].IsUnknownWord && Portfolios.Contains(chunks[end + 1].Text)) end++;
        }
        if (end > k) _title = sentence.Text[_tokens[c.Start].Start.._tokens[chunks[end].End - 1].End];
        return end;
    }

    private void EmitCapital(NameChunk c)
    {
        // "the Brussels Agreement", "the Oslo Accords", "the Budapest Memorandum": a capital naming a document or a process
        // names neither the government nor a place.
        if (!IsLocative(c.Start) && c.End < _tokens.Count && _tokens[c.End].IsCapitalized && DocumentWords.Contains(_tokens[c.End].Text))
        {
            Reset();
            return;
        }
        if (TryEmitTownsAirport(c)) return;
        // "Xi's next stop is Manila, where he will ...": a capital that things happen in is a place.
        if (IsLocative(c.Start) || c.End + 1 < _tokens.Count && _tokens[c.End].Text == "," && _tokens[c.End + 1].Lower == "where")
        {
            Emit(MentionKind.Place, c, c.Entry!.Canonical, c.Entry.Iso2);
            return;
        }
        // "the Beijing talks", "the Muscat round": a capital right before a gathering's noun names where it is held.
        // "The Congress of Marvelle, chaired by X, ...": the town a congress is named after is where it sat (CongressOfItsCity).
        if (NamesAGatheringHeldThere(c) || OpensADateline(c) || CongressOfItsCity.IsTownAt(_tokens, c.Start))
        {
            Emit(MentionKind.Place, c, c.Entry!.Canonical, c.Entry.Iso2);
            return;
        }
        var country = knowledge.Country(c.Entry!.Iso2!);
        into.Add(new Mention
        {
            Kind = MentionKind.Country, Sentence = sentence, TokenStart = c.Start, TokenEnd = c.End, Surface = c.Text,
            Canonical = country?.Name, Iso2 = c.Entry.Iso2, IsGovernment = true, Rule = "capital standing for its government",
        });
    }

    /// <summary>
    /// "Velmora, 9 June 2025", "Velmora, Friday, January 27, 2017 - Release No. 4": a capital opening a line of its own that
    /// goes on with a comma and a date is the dateline, the city the story was filed from, a place and never its government
    /// speaking (pattern: the dateline line of a news story or a press release). A dateline run into the story's first sentence
    /// is left as it was read, since that sentence's reading of its countries rests on it.
    /// </summary>
    private bool OpensADateline(NameChunk c) =>
        c.Start == 0 && c.End + 1 < _tokens.Count && _tokens[c.End].Text == "," &&
        (_tokens[c.End + 1].Text.All(char.IsDigit) || Months.IsMonthOrWeekday(_tokens[c.End + 1].Text)) &&
        !_tokens.Any(t => t.IsWord && !t.IsCapitalized && !char.IsDigit(t.Text[0]));

    private static readonly FrozenSet<string> GatheringNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "talks", "summit", "meeting", "meetings", "conference", "negotiations", "round", "signing", "ceremony", "session", "sessions" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A capital right before a gathering's noun ("the Beijing talks", "the Muscat round") is where the gathering is held
    /// (pattern: a meeting called after its town), unless it is one side of a pair ("the Seoul-Tokyo talks").
    /// </summary>
    private bool NamesAGatheringHeldThere(NameChunk c) =>
        c.End < _tokens.Count && GatheringNouns.Contains(_tokens[c.End].Text) &&
        (c.Start == 0 || _tokens[c.Start - 1].Text is not ("-" or "–" or "/" or "and"));

    /// <summary>
    /// "Industry Minister Sultan Al Jaber", "COP28 President Sultan Ahmed al-Jaber", "Sultan Al Neyadi": "Sultan" is also a
    /// given name. It is one when the Arabic family article follows it at once or after one more given name (a ruler's title
    /// stands before his given name and nasab, "bin ..."), or when another office title stands before it (a ruler holds no
    /// minister's post).
    /// </summary>
    private bool TitleWordIsAGivenName(int k)
    {
        if (chunks[k].Text != "Sultan" || k + 1 >= chunks.Count || !chunks[k + 1].IsUnknownWord) return false;
        // "Sultan Ahmed al-Jaber": one given name, then the family article; a ruler's name runs through "bin" ("Sultan Qaboos bin Said").
        return chunks[k + 1].Text is "Al" or "Al-" or "El" || _title is not null && _titleIsOffice ||
               k + 2 < chunks.Count && chunks[k + 2].Text is "al" or "Al" or "el" or "El" or "Al-";
    }

    /// <summary>
    /// "Istanbul Governor X", "White House Chief of Staff Y", "Kremlin Deputy Spokesman Z": a city or a seat of government
    /// right before an office title (after rank or portfolio words) names where the office is held, so the office is that
    /// country's. An ambassador or envoy named after a city serves there for another country and is left out.
    /// </summary>
    private bool OfficeTitleFollows(int k)
    {
        var next = k + 1;
        while (next < chunks.Count && chunks[next].IsUnknownWord && (Portfolios.Contains(chunks[next].Text) || TitleRanks.Contains(chunks[next].Text))) next++;
        return next < chunks.Count && chunks[next].Kind == GazetteerKind.Title &&
               chunks[next].Entry!.Canonical is not ("Ambassador" or "Envoy" or "Special Envoy" or "Consul General" or "Amb.");
    }

    /// <summary>A venue followed by a speech verb or "has"/"had"/"was", and not after a locative preposition.</summary>
    private bool SpeaksAsGovernment(NameChunk c) =>
        c.End < _tokens.Count && !_tokens[c.End].IsCapitalized &&
        (Lexicon.SpeechVerbs.Contains(_tokens[c.End].Text) || _tokens[c.End].Lower is "has" or "had" or "have" or "is" or "was") &&
        !IsLocative(c.Start);

    /// <summary>True when the word before (skipping "and"-joined names of the same span) is a locative preposition.</summary>
    private bool IsLocative(int tokenIndex)
    {
        var i = tokenIndex - 1;
        while (i >= 0 && (_tokens[i].Text is "and" or "," || _tokens[i].IsCapitalized && _tokens[i].IsWord && !Lexicon.NotNames.Contains(_tokens[i].Text))) i--;
        if (i >= 1 && _tokens[i].Lower == "the" && i + 1 == tokenIndex) i--; // "in The Hague"
        if (i >= 0 && _tokens[i].Lower is "visit" or "visited" or "visiting" or "visits" or "through") return true; // "will visit Washington", "through Dhaka"
        // "before departing for New Delhi", "then leaves for Buenos Aires": the destination of a journey.
        if (i >= 1 && _tokens[i].Lower == "for" && _tokens[i - 1].Lower is "leave" or "leaves" or "left" or "leaving" or "depart" or "departs" or "departed" or
                "departing" or "bound" or "head" or "heads" or "headed" or "heading") return true;
        // "the hill village of Orvak", "the resort of Semlin", "the island of Tarra": a settlement noun and "of" name a place.
        if (i >= 1 && _tokens[i].Lower == "of" && SettlementOf.IsSettlementNoun(_tokens[i - 1].Lower)) return true;
        return i >= 0 && Lexicon.Locatives.Contains(_tokens[i].Text) &&
               !(i > 0 && _tokens[i].Lower == "to" && _tokens[i - 1].Lower is "relations" or "ties" or "ally" or "adviser" or "advisor" or "ambassador") &&
               // "a wreath before the Monument to Heroes and Patriots", "the Memorial to the Fallen": those whom a memorial honours end its
               // name; the "to" is no destination, so no place (pattern: memorials named "Monument/Memorial to ...").
               !(i > 0 && _tokens[i].Lower == "to" && _tokens[i - 1].Text is "Monument" or "Memorial" or "Statue" or "Cenotaph" or "Shrine");
    }

    private static readonly FrozenSet<string> DocumentWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Agreement", "Agreements", "Accord", "Accords", "Declaration", "Treaty", "Memorandum", "Protocol", "Convention", "Charter",
        "Process", "Consensus", "Format", "Principles", "Communique", "Communiqué", "Plan",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of the names of gatherings and programmes ("the Fifth Caspian Summit", "the Arab Peace Initiative").</summary>
    private static readonly FrozenSet<string> GatheringWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Summit", "Meeting", "Conference", "Initiative", "War", "Dialogue", "Talks", "Session", "Games", "Olympics", "Congress",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A country's name written right against "$" ("US$24 billion") or before "dollar(s)": the currency, not the state.</summary>
    private bool NamesACurrency(NameChunk c) =>
        c.End < _tokens.Count && _tokens[c.End].Start == _tokens[c.End - 1].End && _tokens[c.End].Text is "$" ||
        c.End < _tokens.Count && _tokens[c.End].Lower is "dollar" or "dollars";

    /// <summary>A one-chunk demonym after "in" with no noun after it: "in French", "in Russian and English", "in French, the ...".</summary>
    private bool NamesALanguage(NameChunk c) =>
        c.Start >= 1 && _tokens[c.Start - 1].Lower == "in"
        && (c.End >= _tokens.Count || !_tokens[c.End].IsWord || _tokens[c.End].Lower is "and" or "or" or "the" or "a" or "an" or "it" or "too" or "as" or "to" or "that" or "this");

    private static readonly FrozenSet<string> LoneNonPlaces = new HashSet<string>(StringComparer.Ordinal)
    {
        // Languages and continental adjectives no list of demonyms holds ("in English", "to European partners").
        "English", "European", "Arab", "African", "Asian", "Latin",
        "East", "West", "North", "South", "Treaty", "Agreement", "Accord", "Declaration", "Convention", "Charter", "Pact", "Protocol",
        // Headline and caption fragments, houses of parliament, and languages ("in Arabic"): never a place alone.
        "House", "Senate", "Features", "Resolutions", "Father", "Mother", "Arabic", "Persian", "Farsi", "Hindi", "Urdu", "Swahili",
        "Mandarin", "Cantonese", "Tagalog", "Bahasa", "Amharic", "Hebrew", "Pashto", "Dari",
        // Faith adjectives and the first or last word of a body's or a state's long name, cut off alone ("at the Muslim
        // summit", "the League decided", "in the Commons", "of the Old City"): never a place alone.
        "Islamic", "Muslim", "Christian", "Catholic", "League", "Community", "Republic", "National", "General", "Old", "Ministers", "Commons",
    }.ToFrozenSet(StringComparer.Ordinal);

    private int ReadUnknownRun(int k)
    {
        if (PortfolioBeforeTitle(k) is { } portfolioEnd) return portfolioEnd;
        var end = k;
        while (end + 1 < chunks.Count && (chunks[end + 1].IsUnknownWord ||
                                          IsNameInfix(chunks[end + 1].Text) && end + 2 < chunks.Count && chunks[end + 2].IsUnknownWord ||
                                          // "Mbala wa Mbala": a particle between the same name twice (ReduplicatedName)
                                          chunks[end + 1].IsJoiner && ReduplicatedName.IsParticle(_tokens, chunks[end + 1].Start) ||
                                          // "Orvieda y Lanz": the conjunction of an Iberian double surname (ConjoinedSurname)
                                          chunks[end + 1].IsJoiner && end + 2 < chunks.Count && chunks[end + 2].IsUnknownWord && ConjoinedSurname.IsConjunction(_tokens, chunks[end + 1].Start) ||
                                          // "J.K. "Bud" Tarrow": the quotes of a nickname inside the name (QuotedNickname)
                                          chunks[end + 1].IsJoiner && end + 2 < chunks.Count && chunks[end + 2].IsUnknownWord && QuotedNickname.IsQuoteAt(_tokens, chunks[end + 1].Start) ||
                                          // "de la Fuente", "van der Berg": two particles in a row
                                          IsNameInfix(chunks[end + 1].Text) && end + 3 < chunks.Count && IsNameInfix(chunks[end + 2].Text) && chunks[end + 3].IsUnknownWord))
            end++;
        // "Count Anselm of Tessau": the family's seat after a noble's given name is part of the name (NobleStyle).
        if (NobleStyle.TerritoryEnd(chunks, k, end) is { } seatEnd) end = seatEnd;
        // "President Ana Florida", "Paul Austin, Ruritania's ambassador": a town's name closing a person's name is its surname.
        // "the minister Ana Duarte Lima": a lower-case office noun just before the run is read later (EmitPerson) but titles it too.
        if (PlaceWordInAPersonName.IsSurnameAfter(chunks, sentence, end, _title is not null || _honorific || LowerCaseOfficeNounBefore(chunks[k].Start), knowledge)) end++;
        var from = k;
        // Sentence-initial function words ("In", "But", "The") are not part of a name.
        while (from <= end && (Lexicon.NotNames.Contains(chunks[from].Text) && !IsSurnameHe(from, end) || chunks[from].IsJoiner)) from++;
        // "Later on Tuesday Marcos met ...", "Foreign Ministers Giorgos Gerapetritis and ...": a day or month, or a plural
        // role noun, opening the run is no part of the name that follows it.
        while (from < end && chunks[from].IsUnknownWord && Months.IsMonthOrWeekday(chunks[from].Text) && !IsGivenNameJan(from)) from++;
        // "at Seri Perdana, the official residence ...": a venue explained in apposition, honorific-looking word and all.
        if (_title is null && from <= end && VenueApposition.Follows(_tokens, chunks[end].End) && IsLocative(chunks[from].Start) &&
            chunks.Skip(from).Take(end - from + 1).All(c => c.IsJoiner || IsCapitalisedUnknown(c)))
        {
            var venueStart = chunks[from].Start;
            var venueEnd = chunks[end].End;
            var venue = sentence.Text[_tokens[venueStart].Start.._tokens[venueEnd - 1].End];
            into.Add(new Mention { Kind = MentionKind.Place, Sentence = sentence, TokenStart = venueStart, TokenEnd = venueEnd, Surface = venue, Iso2 = _nationality, Rule = VenueApposition.Rule });
            Reset();
            return end;
        }
        // "Shri Narendra Modi", "Ayatollah Ali Khamenei", "Señor Alvarado": an honorific before the name shows a person and is left out of it.
        while (from < end && chunks[from].IsUnknownWord && (Lexicon.NameHonorifics.Contains(chunks[from].Text.TrimEnd('.')) || IsChieftaincyStyle(from, end) ||
                                                          CourtesyStyle.IsStyleBeforeName(chunks, from, end) || NobleStyle.IsStyleBeforeFullName(chunks, from, end) ||
                                                          LetteredStyle.IsStyleBeforeName(chunks, from, end)))
        {
            _honorific = true;
            from++;
            while (from < end && (chunks[from].Text == "." || chunks[from].IsJoiner)) from++;
        }
        // "Prime Minister Shri Narendra Modi", "the Prime Minister, Rt. Hon. Dr. X": honorifics alone between a title and a
        // known name are no name themselves; the title and the honorific carry on to the name that follows.
        if (from <= end && chunks.Skip(from).Take(end - from + 1).All(x => x.Text == "." || x.IsJoiner || x.IsUnknownWord && Lexicon.NameHonorifics.Contains(x.Text.TrimEnd('.'))))
        {
            _honorific = true;
            return end;
        }
        for (var p = from; p < end && p <= from + 2; p++)
            if (chunks[p].IsUnknownWord && IsPluralPersonNoun(chunks[p].Text)) { from = p + 1; break; }
        if (from > end) return end;
        // "Foreign Minister General Jeje Odongo": a general's rank between an office title and a full name is no part of the name.
        if (_title is not null && end - from >= 2 && chunks[from].Text == "General" && chunks[from + 1].IsUnknownWord && chunks[from + 2].IsUnknownWord) from++;
        // "Violinist Tomas Varga" at the start of a sentence: the role noun is capitalised but not part of the name.
        var roleNoun = false;
        if (end - from >= 2 && chunks[from].IsUnknownWord && Lexicon.PersonNouns.Contains(chunks[from].Text) && _title is null)
        {
            _title = chunks[from].Text.ToLowerInvariant();
            _titleIsOffice = Lexicon.OfficeHolderNouns.Contains(chunks[from].Text);
            roleNoun = true;
            from++;
            // "Chief Negotiator Emeka Obi", "Deputy Commander X Y": a second role noun before a full name belongs to the title.
            if (end - from >= 2 && chunks[from].IsUnknownWord && Lexicon.PersonNouns.Contains(chunks[from].Text))
            {
                _title += " " + chunks[from].Text.ToLowerInvariant();
                _titleIsOffice |= Lexicon.OfficeHolderNouns.Contains(chunks[from].Text);
                from++;
            }
        }
        // "Panama Canal Administrator Ricaurte Vasquez", "Kenya Airways Chief Executive Allan Kilavuka": the last person noun
        // inside a run, with a full name of two words or more after it, ends the title of a body's officer.
        else if (_title is null && !_honorific && RoleNounInsideRun(from, end) is { } role)
        {
            _title = string.Join(' ', chunks.Skip(from).Take(role - from + 1).Select(c => c.Text));
            _titleIsOffice = Lexicon.OfficeHolderNouns.Contains(chunks[role].Text);
            roleNoun = true;
            from = role + 1;
        }
        var words = chunks.Skip(from).Take(end - from + 1).Where(c => c.IsUnknownWord).Select(c => c.Text).ToList();
        if (words.All(Months.IsMonthOrWeekday)) { Reset(); return end; }
        // "Minister of Industry and Modern Technology", "Petroleum and Natural Gas Minister": a qualified portfolio inside a title.
        if (!_honorific && !roleNoun && IsQualifiedPortfolio(words, chunks[from].Start, end))
        {
            if (end + 1 < chunks.Count && chunks[end + 1].Kind == GazetteerKind.Title) _portfolio = string.Join(' ', words);
            return end;
        }
        var first = chunks[from].Start;
        var last = chunks[end].End;
        // "Anthony Lake, the President's envoy": a two-word name defined by an office after it is a person's, whatever its last word.
        if (Lexicon.PlaceSuffixes.Contains(words[^1]) && words.Count >= 2 && !DescriptiveSettlementHead.Describes(_tokens, first, last) &&
            !(words.Count == 2 && last < _tokens.Count && _tokens[last].Text == "," && OfficeAppositionAfterName.Read(sentence, last + 1, knowledge) is not null) &&
            !OfficeBeforeAPlaceSuffix.Names(_title, _titleIsOffice, _tokens, first, words.Count))
        {
            var name = sentence.Text[_tokens[first].Start.._tokens[last - 1].End];
            into.Add(new Mention { Kind = MentionKind.Place, Sentence = sentence, TokenStart = first, TokenEnd = last, Surface = name, Iso2 = _nationality, Rule = "unknown name with a place suffix" });
            Reset();
            return end;
        }
        // "Torvald, an elderly court official": a person known by one name, defined by the apposition after it.
        if (_title is null && !_honorific && !roleNoun && words.Count == 1 && SingleNameInApposition.Noun(_tokens, first, last) is { } apposed)
        {
            _title = apposed;
            _titleIsOffice = Lexicon.OfficeHolderNouns.Contains(apposed);
        }
        var hasTitle = _title is not null || _honorific || roleNoun;
        var evidence = hasTitle || ContextShowsPerson(first, last) || PeerStyledLord.Opens(words) || NobleStyle.Opens(words) || RegnalName.Names(words) ||
                       IsLocative(first) && OwnerOfAPersonsThing.Owns(_tokens, last);
        // "Sheikh X, the UAE's National Security Adviser", "Dr Y, Egypt's envoy": the honorific already shows a person, but the
        // office told in apposition after the name still gives the title and its country (pattern: honorific, name, office).
        // Only an office that names its country is taken, and not one that opens a "title, name" list ("X, the Kenyan
        // minister, Hon. Y"), where the title belongs to the name after it.
        if (_honorific && _title is null && !roleNoun && last + 1 < _tokens.Count && _tokens[last].Text == "," && !TitlesTheNameAfterIt(last + 1) &&
            OfficeAppositionAfterName.ReadEitherForm(sentence, last + 1, knowledge, IsPlainFullName(first, last)) is { Iso2: not null })
            ReadOfficeApposition(last + 1, bareTitle: IsPlainFullName(first, last));
        var institution = words.Count == 1 && Lexicon.OrganizationSuffixes.Contains(words[0]); // "in Parliament"
        // "the Treaty on ...", "the East China Sea": a lone compass or agreement word is a fragment, not a place.
        // "China-brokered", "Malaysia-hosted": a hyphened adjective, not a name.
        var fragment = words.Count == 1 && (LoneNonPlaces.Contains(words[0]) || NotInPersonNames.Contains(words[0]) ||
                                            words[0].IndexOf('-') is > 0 and var h && h + 1 < words[0].Length && char.IsLower(words[0][h + 1]) ||
                                            // "outside the Palace", "to the Center": a place suffix alone names no place.
                                            Lexicon.PlaceSuffixes.Contains(words[0]) ||
                                            // "read out to Albanians": a people, the plural of a nationality, is no place.
                                            words[0].Length > 4 && words[0].EndsWith('s') && knowledge.Lookup(words[0][..^1]).Any(e => e.Kind == GazetteerKind.Demonym) ||
                                            // "handed over to the Swedes", "pledges from the Europeans": a people or an adjective of a known land (PeopleOrAdjectiveOfAPlace).
                                            PeopleOrAdjectiveOfAPlace.Names(words[0], knowledge)) ||
                       // "at the Fifth Caspian Summit", "under the Arab Peace Initiative": a gathering or a document, not where it was.
                       DocumentWords.Contains(words[^1]) || GatheringWords.Contains(words[^1]) ||
                       // "at Christmas", "in the Final Act", "at the Kessel summit", "the French-speaking Tarvic": no place.
                       HolidaysDocumentsAndEventModifiers.Holds(words, _tokens, last) ||
                       // "in the Western Hemisphere": a world region, no place mention.
                       HalfOfTheGlobe.Names(words) ||
                       // "flew on to West Africa", "worked in the Pacific": a continent or an ocean, no place (PartOfTheWorld).
                       PartOfTheWorld.Names(words) ||
                       // "at the Arch of Mourning": the head of a longer "X of Y" name, no place (HeadOfAnOfName).
                       HeadOfAnOfName.Heads(_tokens, words, last) ||
                       // "the Corvic port of Tessalt": a descriptive head before the place's name, not a place.
                       DescriptiveSettlementHead.Describes(_tokens, first, last);
        if (!evidence && !institution && !fragment && (IsLocative(first) && !FrontedLocativeAdjunct.Closes(_tokens, first) || VenueNounAfterName.NamedByItsKind(_tokens, first, last) || VenueNounAfterName.NamedByItsVenueNoun(_tokens, first, last)) && words.Count <= 4 && words.All(w => char.IsUpper(w[0])) &&
            !OwnerOfANamedPlace(last) && !DefiniteOwnerBeforeItsNoun.Owns(_tokens, first, last, words.Count) && !ClosesAHeading(first, last, words.Count) && !NamesWhoIsHonoured(first, last) && !IsInCapitals(words) && !InsideADocumentTitle(first))
        {
            // "at the Orvela palace": a lowercase venue noun right after the name is part of it.
            var venueEnd = VenueNounAfterName.End(_tokens, last);
            var name = sentence.Text[_tokens[first].Start.._tokens[venueEnd - 1].End];
            into.Add(new Mention { Kind = MentionKind.Place, Sentence = sentence, TokenStart = first, TokenEnd = venueEnd, Surface = name,
                Rule = IsLocative(first) ? "unknown name after a locative preposition" : venueEnd > last ? VenueNounAfterName.VenueNounRule : "unknown name after 'the' before the kind of place it names" });
            Reset();
            return end;
        }
        // "Diplomatic Relations", "Peace Agreement", "Human Rights": words of titles of documents, ministries and
        // headlines, never of a person's name.
        var initials = InitialsIn(from, end);
        // "King Mswati III", "Pope John Paul II", "King Carl XVI Gustaf": after a monarch's title, one regnal numeral after the
        // first given name is part of the name.
        // "Tsar Pavel I", "Sultan Osman I": under a monarch's title a closing "I" is the first of the name, not the pronoun.
        var monarch = _title is "King" or "Queen" or "Sultan" or "Emir" or "Emperor" or "Empress" or "Pope" or "Tsar" or "Tsarina" or "Czar" or "Czarina" or "Kaiser";
        var regnal = monarch && words.Count is 2 or 3 &&
                     words.Skip(1).Count(w => IsRegnalNumeral(w) || w == "I" && w == words[^1]) == 1 &&
                     words.Where(w => !IsRegnalNumeral(w) && w != "I").All(w => w.Any(char.IsLower));
        regnal = regnal || ClosedByARegnalNumeral(words) || RegnalName.Names(words);
        if (regnal) initials.UnionWith(words.Where(w => IsRegnalNumeral(w) || w == "I"));
        // "Sheikh Salim Hamad Al-Rashid Al-Busaidi": the Arabic article of each family name is no word of its own in the count.
        if (words.Count(w => w is not ("Al" or "El")) <= 5 && words.All(w => char.IsUpper(w[0]) && (w.Any(char.IsLower) || initials.Contains(w))) && (regnal || words[^1].Any(char.IsLower)) &&
            !words.Any(w => NotInPersonNames.Contains(w) || GatheringWords.Contains(w) || IsPluralPersonNoun(w)) && !InAPortfolioList(words, last) &&
            !OfficeWordsAlone.Reads(words) && !GeographicFirstWord.Opens(words))
            EmitPerson(first, last, null, _nationality, known: null, evidence,
                rule: _officePhrase && !roleNoun ? "office phrase in apposition after the name" : roleNoun ? "role noun before the name" : _title is not null ? "title before the name" : _honorific ? "honorific before the name" : _speaksFor ? "full name after a country's possessive" :
                      evidence ? "person context (speech verb, apposition)" : "name shape only");
        Reset();
        return end;
    }

    /// <summary>
    /// "Chief Ada Okonkwo", "Nigeria's foreign minister, Chief Bode Adeyemi": "Chief" right before a full name of two or more
    /// words is a style of address (a chieftaincy title, as in West and Southern Africa), like "Hon." or "Alhaji", not the
    /// office the person holds; an office told around the name still gives it ("Chief Negotiator X", where a person noun
    /// follows, stays a role).
    /// </summary>
    private bool IsChieftaincyStyle(int at, int end) =>
        chunks[at].Text == "Chief" && end - at >= 2 &&
        chunks.Skip(at + 1).Take(end - at).All(c => c.IsUnknownWord && !Lexicon.PersonNouns.Contains(c.Text) || c.Text == "." || c.IsJoiner) &&
        chunks[at + 1].IsUnknownWord && char.IsUpper(chunks[at + 1].Text[0]) && chunks[at + 1].Text.Any(char.IsLower);

    /// <summary>
    /// "Minister of Industry and Modern Technology", "Minister of Natural Resources and Environment", "Petroleum and Natural
    /// Gas Minister": two words, an adjective ("-ed", "-al", "-ic", "-ive") and a portfolio word, are a portfolio of the title
    /// around them, not a name, when a title's "of"/"for"/"and" stands right before them or a title right after (the pattern:
    /// a portfolio qualified by an adjective).
    /// </summary>
    private bool IsQualifiedPortfolio(List<string> words, int first, int end)
    {
        if (words.Count != 2 || !Portfolios.Contains(words[1]) || !(words[0].EndsWith("ed", StringComparison.Ordinal) || words[0].EndsWith("al", StringComparison.Ordinal) ||
                                                                       words[0].EndsWith("ic", StringComparison.Ordinal) || words[0].EndsWith("ive", StringComparison.Ordinal)))
            return false;
        var titleAfter = end + 1 < chunks.Count && chunks[end + 1].Kind == GazetteerKind.Title;
        var withinTitle = _title is not null && _titleIsOffice && first >= 1 && _tokens[first - 1].Lower is "of" or "for" or "and" or "&";
        return titleAfter || withinTitle;
    }

    /// <summary>
    /// "the Secretary-General of the Northern League, Irma K. Dovlet": a full name with a middle initial (one capital letter, with
    /// its stop as news mostly writes it) between a given name and a surname of whole words is as plain a name as one without (pattern: news
    /// writes the holder of an office of a named body in apposition with the initials the holder uses).
    /// </summary>
    private bool IsFullNameWithInitials(int first, int last)
    {
        if (last - first < 3 || !IsLongNameWord(first) || !IsLongNameWord(last - 1)) return false;
        var initials = 0;
        for (var t = first + 1; t < last - 1; t++)
        {
            var text = _tokens[t].Text;
            if (text == "." && initials > 0 && _tokens[t - 1].Text.Length == 1) continue;
            if (text.Length == 1 && char.IsUpper(text[0]) || text.Length == 2 && char.IsUpper(text[0]) && text[1] == '.') { initials++; continue; }
            if (IsLongNameWord(t)) continue;
            return false;
        }
        return initials > 0;
    }

    private bool IsLongNameWord(int t) =>
        _tokens[t].IsWord && _tokens[t].IsCapitalized && _tokens[t].Text.Length > 1 && !Lexicon.NameHonorifics.Contains(_tokens[t].Text.TrimEnd('.'));

    /// <summary>Two or more words and nothing else ("Entebbe - H.E. X" is a dateline and a style run into a name).</summary>
    private bool IsPlainFullName(int first, int last)
    {
        // "the envoy for West Asia and North Africa, and X, Assistant Secretary ...": a compass word opens a region, not a name.
        if (last - first < 2 || RegionOfACountryName.IsCompassWord(_tokens[first].Text)) return false;
        for (var t = first; t < last; t++)
            if (!_tokens[t].IsWord || Lexicon.NameHonorifics.Contains(_tokens[t].Text.TrimEnd('.'))) return false;
        return true;
    }

    /// <summary>
    /// "Jan Pronk", "Jan Kubis": "Jan" with no stop, right before a capitalised name word, is a given name (common in Dutch,
    /// Scandinavian and Central European names); the month's abbreviation stands before a day number or carries a stop.
    /// </summary>
    private bool IsGivenNameJan(int k) =>
        chunks[k].Text == "Jan" && k + 1 < chunks.Count && chunks[k + 1].IsUnknownWord && chunks[k + 1].Text.Length > 1 &&
        char.IsUpper(chunks[k + 1].Text[0]) && chunks[k + 1].Text.Any(char.IsLower) && !Months.IsMonthOrWeekday(chunks[k + 1].Text);

    /// <summary>
    /// "the Minister of Trade, Industry and Energy, X": a lone portfolio word followed by "and" or a comma is one item of a
    /// list of portfolios in a title, not a name.
    /// </summary>
    private bool InAPortfolioList(List<string> words, int last) =>
        words.Count == 1 && Portfolios.Contains(words[0]) && last < _tokens.Count && _tokens[last].Text is "and" or "," or "&";

    private int? RoleNounInsideRun(int from, int end)
    {
        for (var p = end - 2; p > from; p--)
        {
            if (!chunks.Skip(from).Take(end - from + 1).All(c => c.IsUnknownWord)) return null;
            if (Lexicon.PersonNouns.Contains(chunks[p].Text) && !Lexicon.PersonNouns.Contains(chunks[p + 1].Text)) return p;
        }
        return null;
    }

    /// <summary>
    /// "Tomas Arvelo III", "Pope Halvard II", "Archbishop Ostrin IV": a Roman numeral (II to XX) closing a name, after one
    /// capitalised name word under a title or after two or more without one, is part of the name (the pattern: regnal names
    /// of clerics and generational suffixes of family names); a single word before it ("Annex II", "Minsk II") stays out.
    /// </summary>
    private bool ClosedByARegnalNumeral(List<string> words) =>
        words.Count is >= 2 and <= 5 && IsRegnalNumeral(words[^1]) && (_title is not null || words.Count >= 3) &&
        words.Take(words.Count - 1).All(w => char.IsUpper(w[0]) && w.Any(char.IsLower) && !IsRegnalNumeral(w));

    /// <summary>A Roman numeral of a reigning or generational name ("II" to "XX").</summary>
    private static bool IsRegnalNumeral(string word) => RegnalNumerals.Contains(word);

    /// <summary>The numerals of reigning names ("Harald V", "Carl XVI Gustaf"); a lone "I" is left out, being the pronoun too.</summary>
    private static readonly FrozenSet<string> RegnalNumerals = new HashSet<string>(StringComparer.Ordinal)
    {
        "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "S. Iswaran", "S.C.L. Das", "Retno L.P. Marsudi": capital letters each followed by a stop, inside a name, are its
    /// initials (an acronym has no stop after it).
    /// </summary>
    private HashSet<string> InitialsIn(int from, int end)
    {
        var initials = new HashSet<string>(StringComparer.Ordinal);
        for (var c = from; c < end; c++)
            if (chunks[c].IsUnknownWord && chunks[c].Text.Length <= 7 && chunks[c].Text.All(ch => char.IsUpper(ch) || ch == '.') &&
                (chunks[c + 1].Text == "." || chunks[c].Text.EndsWith('.')))
                initials.Add(chunks[c].Text);
        return initials;
    }

    /// <summary>
    /// A word of the office before a title: a portfolio ("Trade Cabinet Secretary"), a rank of the office ("Deputy Secretary of
    /// State", "Executive Secretary", "High Commissioner"), or, right after a country's name or demonym, any capitalised
    /// unknown word ("New Zealand's Maori Development Minister"): between a nationality and a title stands the portfolio.
    /// </summary>
    private bool IsPortfolioWord(int k, int at)
    {
        var c = chunks[at];
        if (!c.IsUnknownWord) return false;
        return Portfolios.Contains(c.Text) || TitleRanks.Contains(c.Text) ||
               _nationality is not null && _title is null && at - k < 3 && k > 0 && (chunks[k - 1].Kind is GazetteerKind.Country or GazetteerKind.Demonym || chunks[k - 1].Text is "'s" or "’s") &&
               IsCapitalisedUnknown(c) && !Lexicon.NotNames.Contains(c.Text);
    }

    /// <summary>Capitalised words that rank an office and belong to the title after them ("Deputy", "Executive", "High").</summary>
    private static readonly FrozenSet<string> TitleRanks = new HashSet<string>(StringComparer.Ordinal)
    {
        "Deputy", "Vice", "Assistant", "Under", "Acting", "Executive", "Chief", "Senior", "Principal", "Permanent", "Special",
        "Parliamentary", "Associate", "Additional", "Joint", "High", "Interim",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Trade" in "Kenya's Trade Cabinet Secretary": portfolio words right before a title are kept for the title.</summary>
    private int? PortfolioBeforeTitle(int k)
    {
        var end = k;
        // "Road Transport and Highways Minister": portfolio words may be joined by "and" or "&".
        while (end < chunks.Count && (IsPortfolioWord(k, end) ||
                                      end > k && chunks[end].Text is "and" or "&" && end + 1 < chunks.Count && IsPortfolioWord(k, end + 1)))
            end++;
        if (end == k || end >= chunks.Count || chunks[end].Kind != GazetteerKind.Title) return null;
        _portfolio = string.Join(' ', chunks.Skip(k).Take(end - k).Select(c => c.Text));
        return end - 1;
    }

    /// <summary>Hyphens, initials' dots and particles inside one name: "Jae-Myung", "Charles de Gaulle".</summary>
    private static bool IsNameInfix(string text) =>
        text is "-" or "." or "de" or "da" or "del" or "van" or "von" or "der" or "den" or "bin" or "al" or "el" or "la" or "le" or "du" or "dos" or "das" or "di" or "ibn" or "bint" or "af" or
            // "Palacio de las Garzas", "Avenida de los Martires", "Salone delle Feste": Spanish and Italian articles inside venue names.
            "las" or "los" or "delle" or "della" or "dei" or "degli";

    /// <summary>
    /// An apposition from <paramref name="i"/> whose closing comma is followed by an honorific or a two-word name: in a list of
    /// "name, title, name" the title may be the next name's (pattern: title, name; title, name).
    /// </summary>
    private bool TitlesTheNameAfterIt(int i)
    {
        var k = i;
        while (k < _tokens.Count && _tokens[k].Text is not ("," or ";" or "." or ":" or "(" or ")")) k++;
        if (k + 2 >= _tokens.Count || _tokens[k].Text != ",") return false;
        var next = _tokens[k + 1];
        // "Hon.", "Dr.", "Rt.": a capitalised abbreviation opens a form of address as surely as a listed honorific.
        return Lexicon.NameHonorifics.Contains(next.Text) || next.IsWord && next.IsCapitalized && !Months.IsMonthOrWeekday(next.Text) &&
               (_tokens[k + 2].Text == "." || _tokens[k + 2].IsWord && _tokens[k + 2].IsCapitalized);
    }

    /// <summary>
    /// "Vice Premier He Wenlan": "He" capitalised inside a sentence, not after a quote or a colon that opens a new clause, and
    /// followed by another capitalised word is the Chinese surname He, not the pronoun (pattern: case tells a name mid-sentence).
    /// </summary>
    private bool IsSurnameHe(int at, int end)
    {
        if (chunks[at].Text != "He" || at >= end || !chunks[at + 1].IsUnknownWord) return false;
        var start = chunks[at].Start;
        return start > 0 && _tokens[start - 1].IsWord;
    }

    /// <summary>Participles whose agent ("by X") only a person can be.</summary>
    private static bool IsPeopleVerb(string lower) =>
        lower is "led" or "headed" or "chaired" or "hosted" or "received" or "accompanied" or "flanked" or "succeeded" or "replaced" or "founded" or "signed" ||
        // "Ruritania was represented by A B", "the talks were attended by C D", "he was seconded by E F": who stands in for a
        // side, sits in, witnesses, assists or greets at a gathering is a person (PassiveAgentOfAGathering).
        lower is "represented" or "attended" or "witnessed" or "seconded" or "assisted" or "greeted" or "welcomed" or "joined" or "countersigned" or
            "initialled" or "initialed";

    /// <summary>
    /// "signed [in Lima] [on 3 May 1990] by": read back from the word before "by" over place and date adjuncts ("in", "at", "on",
    /// "the", capitalised words, numbers) to a participle only people do; anything else (a clause boundary, an object) stops it.
    /// </summary>
    private bool PassiveVerbBeforeAdjuncts(int i)
    {
        for (var steps = 0; i >= 1 && steps < 9; i--, steps++)
        {
            var t = _tokens[i];
            if (t.Lower is "in" or "at" or "on")
            {
                if (!_tokens[i - 1].IsCapitalized && IsPeopleVerb(_tokens[i - 1].Lower)) return true;
                continue;
            }
            if (!(t.IsWord && t.IsCapitalized || t.Lower == "the" || t.Text.All(char.IsDigit))) return false;
        }
        return false;
    }

    /// <summary>Role noun before ("pianist X"), speech verb before or after, or an apposition after ("X, an expert").</summary>
    private bool ContextShowsPerson(int first, int last)
    {
        // "Henry Smith Jr., the senior official": the stop of a name suffix is no end of the name's context.
        if (last + 1 < _tokens.Count && _tokens[last].Text == "." && _tokens[last - 1].Text is "Jr" or "Sr") last++;
        // A bare capitalised title only after a full name: "In Kuching, Minister of Tourism X said" names a place before it.
        if (last + 1 < _tokens.Count && _tokens[last].Text == "," && ReadOfficeApposition(last + 1, bareTitle: IsPlainFullName(first, last))) return true;
        if (IsRankBeforeAName(first, last)) return false;
        // "Patriarch Sava", "Metropolitan Ilarion": a church leader named by rank and name.
        if (ClericalRankName.Opens(_tokens, first, last)) return true;
        var before = first - 1;
        if (first == chunks[0].Start && ReadOfficeBefore(first) is { } office)
        {
            _title ??= office.Title;
            _titleIsOffice = true;
            _nationality ??= office.Iso2;
            return true;
        }
        // "Mauro Vieira and Juan Ramon de la Fuente": a full name joined to a person is a person too.
        if (before >= 0 && _tokens[before].Lower == "and" && last - first >= 2 &&
            into.LastOrDefault() is { Kind: MentionKind.Person } partner && partner.Sentence == sentence && partner.TokenEnd == before)
            return true;
        // "A for Peru and B for Bolivia", "A of Chile and B of Peru": parallel conjuncts, each a name with its side, so a
        // name joined to a person's side phrase is a person too (pattern: coordination keeps the kind of its members).
        if (before >= 3 && _tokens[before].Lower == "and" && last - first >= 2 && into.Count >= 2 &&
            into[^1] is { Kind: MentionKind.Country, IsDemonym: false } side && side.Sentence == sentence && side.TokenEnd == before &&
            _tokens[side.TokenStart - 1].Lower is "for" or "of" &&
            into[^2] is { Kind: MentionKind.Person } sided && sided.Sentence == sentence && sided.TokenEnd == side.TokenStart - 1)
            return true;
        // "the chief negotiators, A for the government and B for the rebels": the second sided name of a group apposition.
        if (SidedConjunctInGroupApposition(first, last)) return true;
        // "led by X", "hosted by X": an agent of a verb that only people do.
        if (before >= 1 && _tokens[before].Lower == "by" && IsPeopleVerb(_tokens[before - 1].Lower)) return true;
        // "signed in Lima on 3 May 1990 by X": the passive's place and date adjuncts may stand between the verb and its agent.
        if (before >= 2 && _tokens[before].Lower == "by" && PassiveVerbBeforeAdjuncts(before - 1)) return true;
        if (before >= 0 && Lexicon.PersonNouns.Contains(_tokens[before].Text) && !_tokens[before].IsCapitalized)
        {
            _title ??= _tokens[before].Lower;
            // The staff nouns ("spokeswoman X") are offices before a name as they are in an apposition after it.
            _titleIsOffice = Lexicon.OfficeHolderNouns.Contains(_tokens[before].Text);
            if (_nationality is null && into.LastOrDefault() is { Kind: MentionKind.Country } prev && prev.TokenEnd == before)
                _nationality = prev.Iso2;
            // "Chinese Foreign Ministry spokesman X": whoever a state body names speaks for its state, office noun or not.
            if (_nationality is null && StateBodyBefore(before) is { } served)
            {
                _nationality = served;
                _speaksFor = true;
            }
            return true;
        }
        if (before >= 1 && _tokens[before].Text == "," && IsPersonNounOrPlural(_tokens[before - 1].Text)) return true;
        // "the premiers of both republics, A ...": a plural office noun whose "of" phrase closes before the apposition.
        if (last - first >= 2 && GroupOfficeOfBeforeComma(before)) return true;
        // "his deputy, A B", "the interior commissar, C D": a staff office the person nouns lack, then a comma and the name.
        if (StaffOfficeBeforeComma.Introduces(_tokens, first, last)) return true;
        if ((IsPlainFullName(first, last) || IsFullNameWithInitials(first, last)) && OfficeOfANamedBodyBefore(before)) return true;
        // "Egypt's Sameh Shoukry", "Honduras' X": a full name owned by a country is that country's person (one word may be a
        // project or a region); a name ending in "s" takes the bare apostrophe.
        if (before >= 1 && (_tokens[before].Text is "'s" or "’s" || _tokens[before].Text is "'" or "’" && _tokens[before - 1].Text.EndsWith('s')) && last - first >= 2 &&
            into.LastOrDefault() is { Kind: MentionKind.Country, IsDemonym: false, Iso2: { } owner } country && country.TokenEnd == before &&
            !RegionOfACountry(country.TokenStart))
        {
            _nationality ??= owner;
            _speaksFor = true;
            return true;
        }
        // "Kagame signed first": what only people do, right after the name; "the Treaty of ... Assistance signed by" is a passive
        // participle, and the name before it is what was done, not who did it.
        if (last < _tokens.Count && PersonActionVerbs.Contains(_tokens[last].Text) && !_tokens[last].IsCapitalized && !IsLocative(first) &&
            !(last + 1 < _tokens.Count && _tokens[last + 1].Lower == "by")) return true;
        if (before >= 0 && Lexicon.SpeechVerbs.Contains(_tokens[before].Text) && _tokens[before].Lower is "said" or "says" or "told" or "added" or "noted" or "wrote") return true;
        if (last < _tokens.Count && Lexicon.SpeechVerbs.Contains(_tokens[last].Text) && !_tokens[last].IsCapitalized) return true;
        if (last + 1 < _tokens.Count && _tokens[last].Text == ",")
        {
            if (_tokens[last + 1].Lower is "who" or "whose" or "whom") return true;
            for (var i = last + 1; i < Math.Min(_tokens.Count, last + 6); i++)
            {
                if (_tokens[i].Text is "," or ".") break;
                // "X, the president-designate of ...", "Y, the prime minister-elect": the office noun before "-designate" or "-elect".
                // "X, vice-president of the bank": the office noun after a rank's hyphen.
                if ((Lexicon.PersonNouns.Contains(_tokens[i].Text) || Lexicon.PersonNouns.Contains(_tokens[i].Text.Split('-')[0]) ||
                     Lexicon.PersonNouns.Contains(_tokens[i].Text.Split('-')[^1])) && !_tokens[i].IsCapitalized) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "THE LONG ROAD TO PEACE", "FROM VOSTOCHNY TO PYONGYANG", "talks on CUSMA": unknown words set wholly in capitals are a
    /// shouted heading or an acronym of a body or a document; a place the text names in prose is written in mixed case.
    /// </summary>
    private static bool IsInCapitals(List<string> words) => words.All(WordCase.IsAllCapitals);

    /// <summary>How far back a document's title word may stand from a capitalised phrase inside its title.</summary>
    private const int TitleReach = 16;

    /// <summary>
    /// "the Treaty relating to the Delimitation of the Territorial Sea in the Southernmost Part of ...", "the Memorandum of
    /// Understanding on Cooperation in the Development Road Project": capitalised words after "to" or "in" inside a document's
    /// title are its subject, not where anything is (pattern: a title runs from its document word over capitalised words and
    /// the small words between them).
    /// </summary>
    private bool InsideADocumentTitle(int first)
    {
        for (var i = first - 1; i >= 0 && first - i <= TitleReach; i--)
        {
            var t = _tokens[i];
            if (t.IsCapitalized && t.IsWord && DocumentWords.Contains(t.Text)) return true;
            if (!(t.IsWord && t.IsCapitalized || t.Lower is "of" or "the" or "to" or "in" or "on" or "for" or "and" or "relating" or "concerning" or "between" or "-")) return false;
        }
        return false;
    }

    /// <summary>Lower-case nouns of monuments named after someone: "the John Smith memorial", "the Mahatma Gandhi statue".</summary>
    private static readonly FrozenSet<string> MonumentNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "statue", "memorial", "monument", "mausoleum", "tomb", "grave", "bust", "shrine", "museum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "laid flowers at the Ana Lopes statue", "paid homage to Ana Lopes at the memorial": a name before a monument noun, or after
    /// "homage to" or "tribute to", is the person honoured, not a place (pattern: commemoration names a person after a locative word).
    /// </summary>
    private bool NamesWhoIsHonoured(int first, int last)
    {
        if (last < _tokens.Count && MonumentNouns.Contains(_tokens[last].Text)) return true;
        var to = first - 1;
        return to >= 1 && _tokens[to].Lower == "to" && _tokens[to - 1].Lower is "homage" or "tribute" or "respects" or "wreath" or "wreaths";
    }

    /// <summary>
    /// "at the Smithsonian's National Museum", "at the National Martyrs' Memorial": a name owning the capitalised name after it
    /// is its owner; the owned name is the place (pattern: a possessive inside a venue's name).
    /// </summary>
    private bool OwnerOfANamedPlace(int end)
    {
        var i = end;
        if (i < _tokens.Count && _tokens[i].Text is "'s" or "’s" or "'" or "’") i++;
        else return false;
        // "Uttarakhand's Pithoragarh district": an owned name that is no venue leaves its owner a place.
        var named = false;
        for (; i < _tokens.Count && (_tokens[i].IsWord && _tokens[i].IsCapitalized || _tokens[i].Lower is "of" or "the" && named); i++)
            if (_tokens[i].IsCapitalized && Lexicon.PlaceSuffixes.Contains(_tokens[i].Text)) return true;
            else named = true;
        return false;
    }

    /// <summary>
    /// "Africa Week in Review:", "The Week in Diplomacy:", "IN BRIEF": one unknown word after a preposition that closes a heading
    /// (a colon or the end of a line with no full stop) is a column's name, not a place.
    /// </summary>
    private bool ClosesAHeading(int first, int end, int wordCount)
    {
        if (wordCount != 1) return false;
        if (end < _tokens.Count) return _tokens[end].Text == ":" && first <= 4;
        return _tokens.Count <= 6 && _tokens[^1].Text is not ("." or "!" or "?");
    }

    /// <summary>
    /// "in Russia's Far East", "across Brazil's Mato Grosso": a name owned by a country after a preposition of place is one
    /// of its regions, not one of its people (the pattern: a locative phrase names a setting).
    /// </summary>
    private bool RegionOfACountry(int countryStart)
    {
        var i = countryStart - 1;
        if (i >= 0 && _tokens[i].Lower == "the") i--;
        return i >= 0 && _tokens[i].Lower is "in" or "at" or "near" or "into" or "across" or "throughout" or "inside" or "outside";
    }

    private static readonly FrozenSet<string> NotInPersonNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Relations", "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Declaration", "Peace", "Cooperation", "Development",
        "Affairs", "Protocol", "Charter", "Convention", "Partnership", "Security", "Trade", "Law", "Rights", "Reconciliation",
        "Framework", "Statement", "Communique", "Memorandum", "Understanding", "Principles", "Normalization", "Normalisation",
        // Compass adjectives name regions ("Western Balkans", "Central Asia"), never people.
        "Western", "Eastern", "Northern", "Southern", "Central",
        // Words of the names of bodies, programmes, buildings and events in official prose ("the Political Bureau", "the Belt
        // and Road Initiative", "a State Luncheon", "the Children's Hospital"), never of a person's.
        "Initiative", "Bureau", "Secretariat", "Conference", "Dialogue", "Luncheon", "Banquet", "Hospital", "Plant", "Traffic",
        "Protection", "Issues", "Presidential", "Political", "Supreme", "Vehicular", "Infrastructure", "Transport",
        // Abstract and collective nouns of programme, treaty and body names ("Humanitarian Assistance", "Good Governance",
        // "Member States", "the Thirdway Alliance", "Secretariat of Social Communication", "Riyadh Province").
        "Assistance", "Governance", "States", "Alliance", "Relief", "Communication", "Communications", "Province", "Interface", "Payments",
        // Laws and pacts, and the abstract nouns their titles and the names of movements and services are made of ("the African
        // Growth and Opportunity Act", "the Treaty of Good Neighbourliness", "a National Liberation Front", "Military Intelligence").
        "Act", "Acts", "Pact", "Covenant", "Statute", "Growth", "Opportunity", "Neighbourliness", "Neighborliness", "Friendship",
        "Solidarity", "Integration", "Liberation", "Intelligence",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the premiers of both republics, A", "the envoys of both kingdoms, B": a plural office noun with an "of" phrase
    /// of lower-case words, closed by a comma, opens a group apposition whose first name is a person (pattern: a group of
    /// office holders named after the comma).
    /// </summary>
    private bool GroupOfficeOfBeforeComma(int comma)
    {
        if (comma < 3 || _tokens[comma].Text != ",") return false;
        for (var k = comma - 1; k >= 1 && comma - k <= 5; k--)
        {
            var t = _tokens[k];
            if (!t.IsWord || t.IsCapitalized) return false;
            if (t.Lower == "of") return !_tokens[k - 1].IsCapitalized && IsPluralPersonNoun(_tokens[k - 1].Text);
        }
        return false;
    }

    /// <summary>Tokens a side phrase ("for the Greek Cypriot side") may run over between a name and "and".</summary>
    private const int MaxSidePhraseTokens = 8;

    /// <summary>
    /// "the two negotiators, A for the government and B for the rebels", "the premiers of both republics, A for the
    /// north and B for the south": a group apposition after a plural office noun names its members in parallel conjuncts, each
    /// a name and the side it speaks for, so the name after "and" is a person like the one before it even when its side is no
    /// state (pattern: an apposition to a plural person noun lists people, one per side).
    /// </summary>
    private bool SidedConjunctInGroupApposition(int first, int last)
    {
        var and = first - 1;
        if (and < 4 || _tokens[and].Lower != "and" || last >= _tokens.Count || _tokens[last].Lower is not ("for" or "of")) return false;
        for (var k = and - 1; k >= 1 && and - k <= MaxSidePhraseTokens; k--)
        {
            if (_tokens[k].Text is "," or "." or ";" or ":" or "(" or ")") return false;
            if (_tokens[k].Lower is not ("for" or "of")) continue;
            Mention? partner = null;
            for (var j = into.Count - 1; j >= 0 && into[j].Sentence == sentence; j--)
                if (into[j].TokenEnd == k) { partner = into[j]; break; }
            if (partner is not { Kind: MentionKind.Person }) continue;
            // Lower-case words of a rank ("former vice-president") may stand between the apposition's comma and the name.
            var p = partner.TokenStart - 1;
            while (p >= 1 && partner.TokenStart - p <= 4 && _tokens[p].Text != "," && !_tokens[p].IsCapitalized) p--;
            if (p < 1 || _tokens[p].Text != ",") return false;
            // The plural office noun opens the phrase the apposition explains: "the advisers,", "the premiers of both republics,".
            for (var q = p - 1; q >= 0 && p - q <= 6; q--)
            {
                if (_tokens[q].Text is "," or "." or ";" or ":") return false;
                if (!_tokens[q].IsCapitalized && IsPluralPersonNoun(_tokens[q].Text)) return true;
            }
            return false;
        }
        return false;
    }

    private static bool IsPluralPersonNoun(string word) =>
        word.Length > 3 && (word.EndsWith('s') && Lexicon.PersonNouns.Contains(word[..^1]) || word.EndsWith("ies") && Lexicon.PersonNouns.Contains(word[..^3] + "y"));

    /// <summary>"their presidents, X and Y": a person noun, singular or plural, before an apposition.</summary>
    /// <summary>Tokens the name of a body or a place after an office noun's "of" may run over before the comma.</summary>
    private const int MaxNamedBodyTokens = 12;

    /// <summary>
    /// "the Mayor of Shanghai, X", "the head of the State Planning Commission, X", "the Secretary-General
    /// of the Organisation of African Unity, X", "Ruritania's Ambassador to the Kingdom of Spain, X": a person noun with
    /// "of" or "to" and a capitalised name (of a body or a place), closed by a comma, is an office told before the full name in
    /// apposition (pattern: office of a named body, comma, its holder). Only capitalised words and the small words of names
    /// ("of", "the", "for", "and", "'s") may stand between the "of" and the comma.
    /// </summary>
    private bool OfficeOfANamedBodyBefore(int comma)
    {
        if (comma < 3 || _tokens[comma].Text != ",") return false;
        var named = false;
        for (var k = comma - 1; k >= 1 && comma - k <= MaxNamedBodyTokens; k--)
        {
            var t = _tokens[k];
            if (t.IsWord && t.IsCapitalized) { named = true; continue; }
            if (t.Lower is "of" or "to" && named && Lexicon.PersonNouns.Contains(_tokens[k - 1].Text)) return true;
            if (t.Lower is "of" or "the" or "for" or "and" or "on" || t.Text is "-" or "'s" or "’s" or "&") continue;
            return false;
        }
        return false;
    }

    private static bool IsPersonNounOrPlural(string word) =>
        Lexicon.PersonNouns.Contains(word) || word.Length > 3 && word.EndsWith('s') && Lexicon.PersonNouns.Contains(word[..^1]);

    /// <summary>
    /// "India's foreign secretary, X", "China's ambassador in Canberra, X", "her Chinese counterpart X":
    /// an office noun phrase just before the name. The country is the possessor or demonym in front
    /// of the office noun, never the place after it ("ambassador to China" serves another country).
    /// </summary>
    private (string Title, string? Iso2)? ReadOfficeBefore(int spanStart)
    {
        var i = spanStart - 1;
        // "her Chilean counterpart, Mining, Energy and Trade Minister X": portfolios listed with commas belong to the title,
        // so the office noun before them is read past the list (the pattern: a long portfolio written as a list).
        while (i >= 2 && _tokens[i].Text == "," && _tokens[i - 1].IsCapitalized && Portfolios.Contains(_tokens[i - 1].Text) && _tokens[i - 2].Text == ",") i -= 2;
        var comma = i >= 0 && _tokens[i].Text == ",";
        if (comma) i--;
        // "ambassador to China," / "ambassador in Canberra,": skip one place phrase after the noun.
        var placeEnd = i;
        // "ambassador to the Lao People's Democratic Republic,", "Ambassador of X to the United States,": a country's name with its
        // article and inner small words is skipped whole, as the sentence's country mention spans it.
        var placed = placeEnd >= 0 ? FormalCountryEndingAt(placeEnd + 1) : null;
        if (placed is not null)
        {
            i = placed.TokenStart - 1;
            if (i >= 1 && _tokens[i].Lower == "the" && _tokens[i - 1].Lower is "to" or "in" or "of" or "at" or "for") i--;
        }
        // "Minister of Foreign Trade and Tourism,": the capitalised portfolio after "of" may run over "and".
        else while (i >= 0 && placeEnd - i < 6 && (_tokens[i].IsCapitalized && _tokens[i].IsWord || _tokens[i].Lower == "and" && i > 0 && _tokens[i - 1].IsCapitalized && Portfolios.Contains(_tokens[i - 1].Text))) i--;
        string? officeOf = null;
        var countryOfAt = -1;
        var portfolioEnd = -1;
        if (i < placeEnd && i >= 1 && _tokens[i].Lower is "to" or "in" or "at" or "of" or "for")
        {
            countryOfAt = i;
            // "the Emir of Kuwait,": an office of a country is held for it ("ambassador to China" is not).
            if (_tokens[i].Lower == "of")
                officeOf = placed?.Iso2 ?? knowledge.Lookup(sentence.Text[_tokens[i + 1].Start.._tokens[placeEnd].End]).FirstOrDefault(e => e.Kind == GazetteerKind.Country)?.Iso2;
            i--;
        }
        else i = placeEnd;
        // "the Ambassador of China to Panama, X": a second place phrase before the first ("of China"), skipped the same way.
        if (i < placeEnd && i >= 2 && _tokens[i].IsCapitalized && _tokens[i].IsWord && _tokens[i - 1].Lower is "of" or "to" or "in" && IsOfficeNoun(_tokens[i - 2].Lower))
        {
            if (_tokens[i - 1].Lower == "of")
                officeOf = knowledge.Lookup(_tokens[i].Text).FirstOrDefault(e => e.Kind == GazetteerKind.Country)?.Iso2;
            i -= 2;
        }
        if (i >= 0 && OfficeForAGovernment(i) is { } forGovernment) return forGovernment;
        // Only an apposition closed by a comma: inside the portfolio the words are no name ("for the Horn of Africa").
        var stateChair = false;
        if ((i < 0 || !IsOfficeNoun(_tokens[i].Lower)) && comma && NounBeforeLongPortfolio(placeEnd, chairs: officeOf is not null) is { } noun)
        {
            i = noun;
            stateChair = officeOf is not null && countryOfAt > noun + 1 && !IsOfficeNoun(_tokens[noun].Lower);
            // "the Minister of Foreign Affairs of Paraguay, X": a country after the portfolio's last "of" is the office's
            // country (pattern: long press-release titles naming the state last); the title keeps the portfolio without it.
            if (officeOf is not null && countryOfAt > noun + 1) portfolioEnd = countryOfAt - 1;
            else officeOf = null;
        }
        var serviceChief = i >= 0 && !IsOfficeNoun(_tokens[i].Lower) && IsChiefOfAService(i);
        if (i < 0 || !IsOfficeNoun(_tokens[i].Lower) && !serviceChief && !stateChair) return null;
        var nounEnd = i;
        var start = i;
        // "foreign minister", and "Guatemala's Defence Minister, X" with the capitalised portfolio before the office noun.
        while (start > 0 && nounEnd - start < 3 && _tokens[start - 1].IsWord &&
               (!_tokens[start - 1].IsCapitalized || Portfolios.Contains(_tokens[start - 1].Text) || IsTitleWord(_tokens[start - 1].Text)) &&
               _tokens[start - 1].Lower is not ("the" or "a" or "an" or "its" or "his" or "her" or "their" or "and" or "with" or "by" or "to"))
            start--;
        start = PortfolioJoinedByAnd(start, nounEnd);
        string? iso = null;
        // "Qatar's Prime Minister and Foreign Minister, X": two offices joined by "and" share the owner before the first.
        var ownerStart = start;
        while (ownerStart >= 2 && _tokens[ownerStart - 1].Lower == "and" && IsOfficeNoun(_tokens[ownerStart - 2].Lower))
        {
            ownerStart -= 2;
            var joinedNoun = ownerStart;
            while (ownerStart > 0 && joinedNoun - ownerStart < 3 && _tokens[ownerStart - 1].IsWord &&
                   (Portfolios.Contains(_tokens[ownerStart - 1].Text) || IsTitleWord(_tokens[ownerStart - 1].Text)))
                ownerStart--;
        }
        var lead = ownerStart - 1;
        if (lead >= 0 && _tokens[lead].Text is "'s" or "’s") lead--;
        // "the United States' special envoy": the bare apostrophe of a name ending in s.
        else if (lead >= 1 && _tokens[lead].Text is "'" or "’" && _tokens[lead - 1].Text.EndsWith('s')) lead--;
        // "the Sudanese government's chief negotiator, X": the government's office is its country's.
        if (lead >= 1 && _tokens[lead].Lower is "government" or "administration" && _tokens[lead - 1].IsCapitalized) lead--;
        // "Reform UK leader X": the country is part of an organization's name, and the office is the organization's.
        // "The Foreign Ministry's spokesman, X": a body named by its head noun owns a staff office that is read like any other (StaffOfBodyNamedByItsNoun).
        if (lead >= 0 && into.Any(m => m.Sentence == sentence && m.Kind == MentionKind.Organization && m.TokenStart <= lead && m.TokenEnd > lead &&
                                       knowledge.SeatOfGovernment(m.Canonical ?? m.Surface) is null) &&
            !StaffOfBodyNamedByItsNoun.Owns(_tokens, lead)) return null;
        if (lead >= 0)
        {
            // "Papua New Guinea's": the longest country name ending at the possessive, up to three words.
            var leadStart = lead;
            while (leadStart > 0 && lead - leadStart < 2 && _tokens[leadStart - 1].IsCapitalized && _tokens[leadStart - 1].IsWord) leadStart--;
            leadStart = CountryNameJoinedByAnd(leadStart);
            for (var from = leadStart; from <= lead && iso is null; from++)
                iso = OfficeCountry.ByName(knowledge, sentence.Text[_tokens[from].Start.._tokens[lead].End], orCapital: true);
        }
        // "White House spokesman X", "Kremlin aide Y": an office of a seat of government is its country's.
        if (iso is null && lead >= 0 && lead + 1 == start)
            for (var from = Math.Max(0, lead - 2); from <= lead && iso is null; from++)
                iso = knowledge.SeatOfGovernment(sentence.Text[_tokens[from].Start.._tokens[lead].End]);
        // "Kiir's information minister, X": an office owned by a leader of known country serves that country.
        if (iso is null && lead >= 0 && lead + 1 < start && _tokens[lead + 1].Text is "'s" or "’s")
            iso = into.LastOrDefault(m => m.Sentence == sentence && m.Kind == MentionKind.Person && m.TokenEnd == lead + 1 && m.Iso2 is not null && (m.TitleIsOffice || m.Canonical is not null))?.Iso2;
        // "Australia was represented by its ambassador to China, X": "its" points back to the country named earlier in the sentence.
        if (iso is null && lead >= 0 && _tokens[lead].Lower == "its")
            iso = into.LastOrDefault(m => m.Sentence == sentence && m.Kind == MentionKind.Country && !m.IsDemonym && m.TokenEnd <= lead)?.Iso2;
        // A service's chief is read only with its owner told ("Egypt's intelligence chief"): alone it is no government office.
        if (serviceChief && iso is null) return null;
        var titleEnd = portfolioEnd >= 0 ? portfolioEnd : officeOf is not null || placeEnd < 0 ? nounEnd : Math.Max(nounEnd, placeEnd); // the country is added to the role later
        var title = sentence.Text[_tokens[start].Start.._tokens[titleEnd].End];
        return (title, iso ?? officeOf);
    }

    /// <summary>
    /// A country mention of this sentence ending at <paramref name="end"/> whose name holds more than capitalised words ("the
    /// People's Republic of China", "the United States" after its article), or null; a plain name is read by the word loop.
    /// </summary>
    private Mention? FormalCountryEndingAt(int end)
    {
        for (var k = into.Count - 1; k >= 0; k--)
        {
            var m = into[k];
            if (m.Sentence != sentence) break;
            if (m.Kind != MentionKind.Country || m.IsDemonym || m.TokenEnd != end) continue;
            var inner = false;
            for (var t = m.TokenStart; t < m.TokenEnd; t++) inner |= !(_tokens[t].IsWord && _tokens[t].IsCapitalized);
            return inner || m.TokenStart >= 1 && _tokens[m.TokenStart - 1].Lower == "the" ? m : null;
        }
        return null;
    }

    /// <summary>
    /// Tokens a portfolio may run back over to its office noun: long enough for a state committee's name with the state's formal
    /// name after it ("the Chairman of the National Board for Land and Water of the Republic of X, Y"), as protocol releases
    /// write them (pattern: a long office title whose country comes at its end, far from the noun).
    /// </summary>
    private const int MaxLongPortfolioTokens = 16;

    /// <summary>
    /// Nouns of the chair of a state body, read as an office only at the head of a long title that a country's name closes
    /// ("the Chairman of the Federal Office for X of the Republic of Y, Z"): elsewhere a chair is as often a company's or a party's.
    /// </summary>
    private static bool IsChairOfAStateBody(string word) => word is "chairman" or "chairwoman" or "chairperson" or "chair" or "head";

    /// <summary>
    /// "the Minister for Trade and the Pacific, X", "the special envoy for the Horn of Africa, Y": an office noun followed by a
    /// portfolio of capitalised words joined by "of", "and", "the", ending at <paramref name="end"/>. Returns the noun's index.
    /// </summary>
    /// "China's minister of natural resources, X", "the Minister of Trade, Industry and Energy, Y": the portfolio may also be
    /// written in lower case (up to four plain words) or as a list of capitalised portfolio words with commas.
    /// <param name="chairs">A country's name closes the title, so a state body's chair heads it too (<see cref="IsChairOfAStateBody"/>).</param>
    private int? NounBeforeLongPortfolio(int end, bool chairs = false)
    {
        var plain = 0;
        for (var k = end; k >= 1 && end - k < MaxLongPortfolioTokens; k--)
        {
            var t = _tokens[k];
            if (t.Lower is "for" or "of" or "to" or "in" && k < end && (IsOfficeNoun(_tokens[k - 1].Lower) || chairs && IsChairOfAStateBody(_tokens[k - 1].Lower))) return k - 1;
            if (t.IsWord && !t.IsCapitalized && !IsFunctionOrVerb(t.Lower) && ++plain <= 4) continue;
            if (t.Text == "," && k < end && _tokens[k + 1].IsCapitalized && Portfolios.Contains(_tokens[k + 1].Text) &&
                _tokens[k - 1].IsCapitalized && Portfolios.Contains(_tokens[k - 1].Text)) continue;
            if (!(t.IsWord && t.IsCapitalized || t.Lower is "the" or "of" or "and" or "for" or "-")) return null;
        }
        return null;
    }

    /// <summary>Lower-case words that end a title phrase rather than name a portfolio: clause words, verbs, pronouns.</summary>
    private static bool IsFunctionOrVerb(string word) =>
        word is "who" or "which" or "that" or "whose" or "whom" or "when" or "where" or "while" or "as" or "but" or "or" or "if" or "he" or "she" or
            "they" or "it" or "we" or "his" or "her" or "their" or "its" or "a" or "an" or "with" or "by" or "at" or "on" or "from" or "said" or
            "says" or "is" or "was" or "are" or "were" or "has" or "had" or "have" or "be" or "been" or "will" or "would" or "not" or "also" ||
        word.EndsWith("ed", StringComparison.Ordinal) || Lexicon.SpeechVerbs.Contains(word);

    /// <summary>
    /// "a spokesman for the Ethiopian government, X", "an adviser to the Kenyan government, Y": an office noun before "for",
    /// "of" or "to" and a country's government, ending at <paramref name="government"/>, is an office of that country.
    /// </summary>
    private (string Title, string? Iso2)? OfficeForAGovernment(int government)
    {
        if (_tokens[government].Lower is not ("government" or "administration")) return null;
        string? iso = null;
        var from = government - 1;
        for (var start = Math.Max(0, government - 3); start < government && iso is null; start++)
            if (_tokens.Skip(start).Take(government - start).All(t => t.IsWord && t.IsCapitalized))
            {
                iso = OfficeCountry.ByName(knowledge, sentence.Text[_tokens[start].Start.._tokens[government - 1].End]);
                from = start;
            }
        if (iso is null) return null;
        var p = from - 1;
        if (p >= 0 && _tokens[p].Lower == "the") p--;
        if (p < 1 || _tokens[p].Lower is not ("for" or "of" or "to") || !IsOfficeNoun(_tokens[p - 1].Lower)) return null;
        return (_tokens[p - 1].Text, iso);
    }

    /// <summary>
    /// "Pakistan's army chief General X" with X a known name: the one capitalised word left before the next name in the span is
    /// the holder's rank, not a person of its own (pattern: office, rank, name).
    /// </summary>
    private bool IsRankBeforeAName(int first, int last) =>
        last - first == 1 && last < _tokens.Count && _tokens[last].IsWord && _tokens[last].IsCapitalized;

    /// <summary>
    /// "Egypt's intelligence chief, X", "Thailand's army chief Y": "chief" after a lower-case word naming a service heads that
    /// service of the owner told before it (pattern: a service's head styled "<service> chief").
    /// </summary>
    private bool IsChiefOfAService(int i) =>
        _tokens[i].Lower == "chief" && i >= 2 && _tokens[i - 1].IsWord && !_tokens[i - 1].IsCapitalized && !IsFunctionOrVerb(_tokens[i - 1].Lower) &&
        _tokens[i - 1].Lower is not ("the" or "and" or "or" or "of" or "for" or "to" or "in");

    /// <summary>
    /// "Russia's industry and energy minister, X": two portfolios joined by "and" before one office noun make one title, so the
    /// owner stands before the first (pattern: a combined portfolio). Returns the new first token of the title, or
    /// <paramref name="start"/> when the word before it is no such portfolio (an office noun joins a second office instead).
    /// </summary>
    private int PortfolioJoinedByAnd(int start, int nounEnd)
    {
        if (start < 2 || start >= nounEnd || _tokens[start - 1].Lower != "and") return start;
        var first = _tokens[start - 2];
        var second = _tokens[start];
        if (!first.IsWord || !second.IsWord || IsOfficeNoun(first.Lower) || IsFunctionOrVerb(first.Lower) || first.Lower is "the" or "of" or "for" or "to" or "in") return start;
        // Both portfolios written alike: lower case, or capitalised portfolio words ("Industry and Energy Minister").
        var plain = !first.IsCapitalized && !second.IsCapitalized;
        var capitalised = first.IsCapitalized && Portfolios.Contains(first.Text) && second.IsCapitalized && Portfolios.Contains(second.Text);
        if (!plain && !capitalised) return start;
        // Only with an owner right before the first portfolio ("Russia's", "the Russian"): elsewhere the words before "and"
        // are as likely the end of another clause ("held talks and trade minister X said").
        var owner = start - 3;
        return owner >= 0 && (_tokens[owner].Text is "'s" or "’s" || _tokens[owner].IsWord && _tokens[owner].IsCapitalized) ? start - 2 : start;
    }

    /// <summary>
    /// "Antigua and Barbuda's prime minister", "Trinidad and Tobago's": a country whose name joins two capitalised words with
    /// "and" owns the office as a whole (the longest name is tried first, so a lone last word still reads as before).
    /// </summary>
    private int CountryNameJoinedByAnd(int leadStart) =>
        leadStart >= 2 && _tokens[leadStart - 1].Lower == "and" && _tokens[leadStart - 2].IsWord && _tokens[leadStart - 2].IsCapitalized ? leadStart - 2 : leadStart;

    /// <summary>Capitalised words of an office title before its noun: "Deputy", "Vice", "Prime", "Chief".</summary>
    private static bool IsTitleWord(string word) => word is "Deputy" or "Vice" or "Prime" or "Chief" or "First" or "Senior" or "Acting" or "Assistant" or "Under" or "High";

    /// <summary>"the minister X", "by ambassador Y": an office noun written in lower case right before token <paramref name="start"/>.</summary>
    private bool LowerCaseOfficeNounBefore(int start) =>
        start >= 1 && _tokens[start - 1].IsWord && !_tokens[start - 1].IsCapitalized && IsOfficeNoun(_tokens[start - 1].Lower);

    private static bool IsOfficeNoun(string word) =>
        Lexicon.OfficeHolderNouns.Contains(word) || word is "counterpart" or "negotiator" or "sherpa" or "representative" or "commander" or "emir" or "sultan" or
            // "Pakistan's High Commissioner in New Delhi, X": the Commonwealth's ambassador.
            "commissioner" or
            // "the Speaker, X", "the Speaker of Parliament, Y": a parliament's presiding officer holds an office of the state.
            "speaker" ||
        IsRankedOfficeCompound(word);

    /// <summary>
    /// "vice-premier", "vice-president", "ambassador-designate", "president-elect": one hyphened word of an
    /// office noun and the rank before it or the standing after it is that office (pattern: the press hyphenates the deputy's
    /// and the incoming holder's posts: "China's vice-premier, X", "Korea's ambassador-designate, Y").
    /// </summary>
    private static bool IsRankedOfficeCompound(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen != word.LastIndexOf('-') || hyphen == word.Length - 1) return false;
        var (head, tail) = (word[..hyphen], word[(hyphen + 1)..]);
        return head is "vice" or "deputy" && Lexicon.OfficeHolderNouns.Contains(tail) ||
               tail is "designate" or "elect" && Lexicon.OfficeHolderNouns.Contains(head);
    }

    /// <summary>
    /// ", India's foreign secretary", "X, the US Secretary of State, said": see <see cref="OfficeAppositionAfterName"/>; keeps its
    /// title and country (only the short form's country overrides one said before the name).
    /// </summary>
    private bool ReadOfficeApposition(int i, bool bareTitle = false)
    {
        if (OfficeAppositionAfterName.ReadEitherForm(sentence, i, knowledge, bareTitle) is not { } office) return false;
        _title ??= office.Title;
        _titleIsOffice |= office.IsOffice;
        _nationality = office.CountryFirst ? office.Iso2 : _nationality ?? office.Iso2;
        _officePhrase |= !office.CountryFirst;
        return true;
    }

    private void EmitPerson(int first, int last, string? canonical, string? iso, GazetteerEntry? known, bool evidence = true, string rule = "known person")
    {
        // "his Philippine counterpart, Defense Secretary X": the nationality stands before the span.
        if (iso is null && _nationality is null && !into.Any(m => m.Sentence == sentence && m.TokenStart >= chunks[0].Start && m.TokenStart < first) &&
            (ReadOfficeBefore(chunks[0].Start) ?? ReadOfficeBeforeAStyledName(first)) is { } office)
        {
            _nationality = office.Iso2;
            if (_title is null) { _title = office.Title; _titleIsOffice = true; }
        }
        if (iso is null && _nationality is null && _title is not null && _titleStart >= 0)
            _nationality = OwnerBeforeTheTitle(_titleStart);
        // "Minister of Trade of the Republic of X Mr. Y": the country opened the span, the office stands before its "of the".
        if (_title is null && (iso ?? _nationality) is not null && ProtocolTitleBeforeTheCountry(first, last) is { } protocol)
        {
            _title = protocol;
            _titleIsOffice = true;
            if (!evidence) rule = "office of a state's formal name before the name";
            evidence = true;
        }
        // "a reception at the Korean Embassy hosted by Ambassador X": an ambassador with no country serves the embassy's country.
        if (iso is null && _nationality is null && string.Equals(_title, "Ambassador", StringComparison.OrdinalIgnoreCase))
            _nationality = EmbassyCountry();
        last = OrdinalSuffixEnd(last);
        var surface = sentence.Text[_tokens[first].Start.._tokens[last - 1].End];
        var mention = new Mention
        {
            Kind = MentionKind.Person, Sentence = sentence, TokenStart = first, TokenEnd = last, Surface = surface,
            Canonical = canonical, Iso2 = iso ?? _nationality, Title = _title, TitleIsOffice = _title is not null && _titleIsOffice,
            HasPersonEvidence = evidence || known is not null, Rule = rule, SpeaksForCountry = _speaksFor && known is null,
        };
        if (known is not null && mention.Title is null) { mention.Title = known.Detail; mention.TitleIsOffice = true; mention.TitleFromKnowledge = true; }
        into.Add(mention);
        Reset();
    }

    /// <summary>
    /// "Minister of State R. Tomas Rist", "M.K. Ada Penhallow": initials written before a known person's name (the style of
    /// South Asian names and of older reports, which put a given name's initial first) belong to the name; returns the
    /// token where the name then starts. Tokens a mention of this sentence already holds are left alone.
    /// </summary>
    private int InitialsBefore(int first)
    {
        var f = first;
        while (true)
        {
            if (f >= 1 && IsDottedInitials(_tokens[f - 1].Text)) f--;
            else if (f >= 2 && _tokens[f - 1].Text == "." && _tokens[f - 2].Text is { Length: 1 } letter && char.IsUpper(letter[0]) &&
                     _tokens[f - 1].Start == _tokens[f - 2].Start + 1) f -= 2;
            else break;
        }
        return f < first && !into.Any(m => m.Sentence == sentence && m.TokenEnd > f && m.TokenStart < first) ? f : first;
    }

    /// <summary>
    /// "since Rahim Tomas Vela Ibarra's visit", "Spokesman Seyed Nasser Hamidi": a given name or religious style written alone
    /// before a known name belongs to it (GivenNameBeforeAKnownName); a one-word person already made of that word goes, its
    /// title passing to the name. Returns the token where the name then starts.
    /// </summary>
    private int GivenNameBefore(int k, int first)
    {
        var given = GivenNameBeforeAKnownName.Start(chunks, sentence, k, w => NotInPersonNames.Contains(w) || GatheringWords.Contains(w) ||
            DocumentWords.Contains(w) || IsPluralPersonNoun(w) || TitleRanks.Contains(w) || IsTitleWord(w) || knowledge.Lookup(w.EndsWith('s') ? w[..^1] : w).Any(e => e.Kind == GazetteerKind.Title));
        if (given < 0) return first;
        var g = chunks[given];
        var held = into.FindLastIndex(m => m.Sentence == sentence && m.TokenEnd > g.Start && m.TokenStart < g.End);
        if (held < 0) return g.Start;
        var alone = into[held];
        if (alone.Kind != MentionKind.Person || alone.TokenStart != g.Start || alone.TokenEnd != g.End || alone.Canonical is not null) return first;
        if (_title is null && alone.Title is not null) { _title = alone.Title; _titleIsOffice = alone.TitleIsOffice; }
        into.RemoveAt(held);
        return g.Start;
    }

    private static bool IsDottedInitials(string text) =>
        text.Length >= 4 && text.Length % 2 == 0 && Enumerable.Range(0, text.Length / 2).All(i => char.IsUpper(text[2 * i]) && text[2 * i + 1] == '.');

    /// <summary>
    /// "Secretary of State Tomas A. Rist 3d, the envoy ...", "Ivo Brant 2d.": newspapers of record write a generational suffix
    /// as an ordinal ("2d", "3d", "4th") right after the surname, where others write "Jr." or "III" (pattern: the house style
    /// of US papers of record). It is part of the name when punctuation closes it; returns the token after the name.
    /// </summary>
    private int OrdinalSuffixEnd(int last)
    {
        if (last >= _tokens.Count) return last;
        var end = _tokens[last].Text is "2nd" or "3rd" or "4th" ? last + 1
            // The tokenizer reads "3d" as "3" and "d", written together.
            : _tokens[last].Text is "2" or "3" && last + 1 < _tokens.Count && _tokens[last + 1].Text == "d" && _tokens[last + 1].Start == _tokens[last].Start + 1 ? last + 2
            : last;
        return end > last && (end == _tokens.Count || _tokens[end].Text is "," or "." or ";" or ")") ? end : last;
    }

    /// <summary>
    /// "Minister of Trade of the Republic of X Mr. Y", "President of the Republic of Z H.E. W": in protocol lists an
    /// office, its country's formal name after "of the", then the holder under a form of address follow with no comma. The span
    /// opens with the country, so the office before "of the" is read here (pattern: capitalised office, of the country, honorific,
    /// name). Only when nothing but forms of address stands between the country and the name; returns the title or null.
    /// Releases in the protocol style of many foreign ministries drop the form of address ("President of the Republic of Z
    /// W X"): then the holder's full name of two words or more must follow the country's name directly.
    /// </summary>
    private string? ProtocolTitleBeforeTheCountry(int first, int last)
    {
        var span = chunks[0].Start;
        if (chunks[0].Kind != GazetteerKind.Country || span < 3 || _tokens[span - 1].Lower != "the" || _tokens[span - 2].Lower != "of") return null;
        var honorific = false;
        for (var k = 1; k < chunks.Count && chunks[k].Start < first; k++)
        {
            if (chunks[k].Kind == GazetteerKind.Honorific || chunks[k].IsUnknownWord && Lexicon.NameHonorifics.Contains(chunks[k].Text.TrimEnd('.'))) honorific = true;
            else if (chunks[k].Text != ".") return null;
        }
        if (!honorific && !(chunks[0].End == first && last - first >= 2)) return null;
        var end = span - 3;
        var noun = IsOfficeNoun(_tokens[end].Lower) ? end : NounBeforeLongPortfolio(end, chairs: true);
        if (noun is not { } n || !_tokens[n].IsCapitalized) return null;
        // "Acting Minister", "Foreign Minister": capitalised rank and portfolio words before the office noun are the title's.
        var start = n;
        while (start > 0 && n - start < 3 && _tokens[start - 1].IsWord && _tokens[start - 1].IsCapitalized &&
               (Portfolios.Contains(_tokens[start - 1].Text) || IsTitleWord(_tokens[start - 1].Text) || TitleRanks.Contains(_tokens[start - 1].Text)))
            start--;
        return sentence.Text[_tokens[start].Start.._tokens[end].End];
    }

    /// <summary>
    /// "the Prime Minister of Tonga, the Hon Ana Vete", "the Minister for Trade, the Honourable Sam Kera": in Commonwealth
    /// releases an office told before a comma is followed by the holder under a form of address with its article, so the
    /// office phrase stands before "the" rather than right before the span (pattern: title, the Hon name). Read only when the
    /// span opens with that style and the name follows it.
    /// </summary>
    private (string Title, string? Iso2)? ReadOfficeBeforeAStyledName(int first)
    {
        var span = chunks[0].Start;
        if (span < 2 || first <= span || _tokens[span - 1].Lower != "the" || _tokens[span - 2].Text != ",") return null;
        for (var t = span; t < first; t++)
            if (!(_tokens[t].Text == "." || StyleOfAddress.Contains(_tokens[t].Text))) return null;
        return ReadOfficeBefore(span - 1);
    }

    /// <summary>Forms of address written with "the" before a name: "the Hon", "the Rt Hon", "the Honourable", "the Right Honourable".</summary>
    private static readonly FrozenSet<string> StyleOfAddress = new HashSet<string>(StringComparer.Ordinal)
    {
        "Hon", "Rt", "Honourable", "Honorable", "Right",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of the names of a state's own bodies, whose officers serve that state.</summary>
    private static readonly FrozenSet<string> StateBodyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ministry", "Cabinet", "Government", "Embassy", "Consulate", "Department", "Office", "Presidency", "Parliament", "Senate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The owner told right before a title that opens a span, in two forms the span reader does not join:
    /// "the Philippines' Foreign Secretary X", "The Bahamas' Prime Minister Y": a country whose name ends in s, with a bare
    /// apostrophe; "Chinese Foreign Ministry spokesman X", "Kyrgyz Cabinet chairman Y": a state body named for a country
    /// (pattern: an office placed by the government body it serves).
    /// </summary>
    private string? OwnerBeforeTheTitle(int titleStart)
    {
        var before = into.LastOrDefault(m => m.Sentence == sentence && m.TokenEnd <= titleStart);
        if (before is null) return null;
        if (before.Kind == MentionKind.Country && !before.IsDemonym && before.TokenEnd == titleStart - 1 && _tokens[titleStart - 1].Text is "'" or "’" &&
            before.Surface.EndsWith('s'))
            return before.Iso2;
        return before.TokenStart >= chunks[0].Start ? StateBodyBefore(titleStart) : null;
    }

    /// <summary>The country of a state body named for it ("Chinese Foreign Ministry") that ends right before <paramref name="at"/>.</summary>
    private string? StateBodyBefore(int at) =>
        into.LastOrDefault(m => m.Sentence == sentence) is { Kind: MentionKind.Organization } body && body.TokenEnd == at &&
        StateBodyWords.Contains(body.Surface.Split(' ')[^1])
            ? OfficeAfterName.NationalBody(body, knowledge)
            : null;

    /// <summary>The country of the only "X Embassy" named earlier in the sentence, if X is a country or its demonym.</summary>
    private string? EmbassyCountry()
    {
        var embassies = into.Where(m => m.Sentence == sentence && m.Kind == MentionKind.Organization && m.Surface.EndsWith(" Embassy", StringComparison.Ordinal)).ToList();
        if (embassies.Count != 1) return null;
        var owner = embassies[0].Surface[..^" Embassy".Length];
        return knowledge.Lookup(owner).FirstOrDefault(e => e.Kind is GazetteerKind.Country or GazetteerKind.Demonym)?.Iso2;
    }

    private void EmitRegion(int k)
    {
        var (compass, named) = (chunks[k], chunks[k + 1]);
        // Only where something is ("goods staying in Northern Ireland") is the region a place of the graph; elsewhere ("the Southern
        // Sudan question") the words are read and neither a place nor the country is named.
        if (!IsLocative(compass.Start)) { Reset(); return; }
        var surface = sentence.Text[_tokens[compass.Start].Start.._tokens[named.End - 1].End];
        var iso = named.Kind == GazetteerKind.Place ? named.Entry!.Iso2 : null;
        into.Add(new Mention { Kind = MentionKind.Place, Sentence = sentence, TokenStart = compass.Start, TokenEnd = named.End, Surface = surface, Canonical = surface, Iso2 = iso,
                               Rule = "compass word before a country or place name: a region of its own" });
        Reset();
    }

    private void EmitOrganization(int from, int to)
    {
        var first = chunks[from].Start;
        var last = chunks[to - 1].End;
        var surface = sentence.Text[_tokens[first].Start.._tokens[last - 1].End];
        into.Add(new Mention { Kind = MentionKind.Organization, Sentence = sentence, TokenStart = first, TokenEnd = last, Surface = surface, Canonical = surface, Rule = "name ending in an organization suffix" });
        Reset();
    }

    /// <summary>
    /// "landed at Baghdad airport", "was met at Chennai airport": a known town followed by a lowercase "airport" after a
    /// locative names the airport, the venue where the arrival happens, not the town (pattern: a town's name and the
    /// lowercase noun of its airport, as an unknown name takes its venue noun in <see cref="VenueNounAfterName"/>).
    /// </summary>
    private bool TryEmitTownsAirport(NameChunk c)
    {
        var noun = c.End;
        if (noun >= _tokens.Count || _tokens[noun].Text != "airport" || !IsLocative(c.Start)) return false;
        // "Baghdad airport's runway", "Baghdad airport road": the noun qualifies what follows.
        if (noun + 1 < _tokens.Count && (_tokens[noun + 1].Text is "'s" or "’s" || _tokens[noun + 1].IsWord && !_tokens[noun + 1].IsCapitalized &&
                                         _tokens[noun + 1].Lower is "road" or "runway" or "terminal" or "authorities" or "security" or "staff"))
            return false;
        var surface = sentence.Text[_tokens[c.Start].Start.._tokens[noun].End];
        into.Add(new Mention
        {
            Kind = MentionKind.Place, Sentence = sentence, TokenStart = c.Start, TokenEnd = noun + 1, Surface = surface,
            Canonical = $"{c.Entry!.Canonical} airport", Iso2 = c.Entry.Iso2, Rule = "known town followed by its lowercase airport",
        });
        Reset();
        return true;
    }

    private void Emit(MentionKind kind, NameChunk c, string canonical, string? iso, bool demonym = false, string? organizationKind = null) =>
        into.Add(new Mention
        {
            Kind = kind, Sentence = sentence, TokenStart = c.Start, TokenEnd = c.End, Surface = c.Text,
            Canonical = canonical, Iso2 = iso, OrganizationKind = organizationKind, IsDemonym = demonym,
            Rule = demonym ? "known demonym" : KnownNameRule(kind),
        });

    /// <summary>"known country name", "known place name": one string per kind (the kind's name was formatted and lower-cased for every mention).</summary>
    private static string KnownNameRule(MentionKind kind) => kind switch
    {
        MentionKind.Person => "known person name",
        MentionKind.Country => "known country name",
        MentionKind.Place => "known place name",
        MentionKind.Organization => "known organization name",
        _ => $"known {kind.ToString().ToLowerInvariant()} name",
    };

    private void Reset()
    {
        _nationality = null;
        _title = null;
        _titleIsOffice = false;
        _honorific = false;
        _portfolio = null;
        _speaksFor = false;
        _officePhrase = false;
        _titleStart = -1;
    }

    public override string ToString() => string.Join(" | ", chunks.Select(c => c.Kind?.ToString() ?? c.Text));
}
