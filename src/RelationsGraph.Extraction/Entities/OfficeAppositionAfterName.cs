using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X, the US Secretary of State, said", "Y, the President of Ghana, who ...", "Z, Australia's Minister for Trade, met ...",
/// "W, President Lee's national security adviser, told ...": a name followed by a comma and an office phrase that opens
/// with a determiner or an owner's possessive and closes at a comma, full stop or relative pronoun names a person
/// holding that office (pattern: an apposition that defines the name by its office, whatever the case of its words).
/// The country is a nationality or country before the office noun, or the country after "of" ("President of Ghana").
/// The short form ", India's foreign secretary" / ", the Japanese ambassador" (<see cref="ReadCountryFirst"/>) needs no close.
/// </summary>
internal static class OfficeAppositionAfterName
{
    /// <summary>Words of the phrase before the office noun (modifiers such as "national security", "US", "White House").</summary>
    private const int MaxModifiers = 6;

    /// <summary>Words the possessive owner may run to ("President Yoon Suk Yeol's").</summary>
    private const int MaxOwnerWords = 5;

    /// <param name="CountryFirst">Read in the short form, whose country stands first and outranks one said before the name.</param>
    public sealed record Office(string Title, bool IsOffice, string? Iso2, bool CountryFirst = false);

    /// <summary>Either form at <paramref name="i"/>: the short country-first form, else the full phrase.</summary>
    /// <param name="bareTitle">Also read a capitalised title with no determiner ("X, Assistant Secretary of State, said").</param>
    public static Office? ReadEitherForm(Sentence sentence, int i, KnowledgeBase knowledge, bool bareTitle = false) =>
        ReadCountryFirst(sentence, i, knowledge) ?? Read(sentence, i, knowledge, bareTitle);

    /// <summary>The office phrase starting at <paramref name="i"/> (the token after the comma), or null.</summary>
    public static Office? Read(Sentence sentence, int i, KnowledgeBase knowledge, bool bareTitle = false)
    {
        var tokens = sentence.Tokens;
        i = PastTimeAdverb(tokens, i);
        if (i >= tokens.Count) return null;
        if (OwnedPost.OneOfItsHolders(sentence, i) is { } oneOf) return oneOf;
        string? iso = null;
        var possessed = false;
        // The post belongs to an owner that is no state ("the UN Secretary-General's", "the movement's"): it is held for that owner,
        // so the office gives its holder no country to represent.
        var servesAnOwner = false;
        var determiner = tokens[i].Lower is "the" or "a" or "an";
        if (determiner)
        {
            i++;
            // "X, the UAE's National Security Adviser": a country named with its article ("the UAE", "the Netherlands") owns the
            // office after the determiner just as a bare one does after the comma.
            if (OwnerEnd(tokens, i) is { } owned && CountryOf(sentence, i, owned - 1, knowledge) is { } owner)
            {
                iso = owner;
                i = owned + 1;
            }
            // "X, the President's national security adviser", "Y, the transitional government's foreign minister": any other owner
            // after the determiner owns the post too (see OwnedPost).
            else if (OwnedPost.OwnerEnd(tokens, i) is { } anyOwner)
            {
                iso = CountryOf(sentence, i, anyOwner - 1, knowledge);
                i = anyOwner + 1;
                possessed = true;
                servesAnOwner = iso is null;
            }
        }
        else if (OwnerEnd(tokens, i) is { } possessive)
        {
            iso = CountryOf(sentence, i, possessive - 1, knowledge);
            i = possessive + 1;
            possessed = true;
        }
        // "Barbara Smith, Assistant Secretary of State for Consular Affairs, said": a capitalised title written bare, as press
        // releases and lists of delegates do, opening with a rank or the office noun itself.
        else if (!(bareTitle && tokens[i].IsWord && tokens[i].IsCapitalized && (BareTitleOpeners.Contains(tokens[i].Text) || IsOfficeNoun(tokens[i].Lower))))
            return null;
        var start = i;
        var head = -1;
        for (; i < tokens.Count && i - start <= MaxModifiers; i++)
        {
            if (!tokens[i].IsWord && tokens[i].Text != "-") break;
            if (IsOfficeNoun(tokens[i].Lower) || possessed && OwnedPost.IsPostOfAnOwner(tokens[i].Lower)) head = i;
            else if (tokens[i].Text == "-") continue; // "Secretary-General"
            else if (head >= 0) break;
        }
        if (head < 0) return null;
        var end = head + 1;
        string? iso2Of = null;
        // "of Ghana", "for International Development and the Pacific", "of State": a capitalised portfolio or country after the noun.
        if (end < tokens.Count && tokens[end].Lower is "of" or "for" or "to" or "on" or "in")
        {
            var k = end + 1;
            var words = 0;
            // "Assistant Secretary of State for Consular Affairs": a second portfolio phrase after "for" belongs to the title.
            while (k < tokens.Count && (tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Lower is "the" or "and" or "of" || tokens[k].Text == "-" ||
                                        tokens[k].Lower == "for" && words > 0 && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)) { k++; words++; }
            if (tokens[end].Lower is "for" or "on") k = PortfolioTail(tokens, k);
            // "X, the Ruritanian special representative for mine clearance, said": a portfolio may be all lower-case words,
            // taken only when the apposition closes right after them.
            if (k == end + 1) return null;
            if (HoldersNameAfterTheCountry(sentence, end + 1, k, knowledge)) return null;
            if (tokens[end].Lower == "of")
                iso2Of = knowledge.Lookup(sentence.Text[tokens[end + 1].Start..tokens[k - 1].End]).FirstOrDefault(e => e.Kind == GazetteerKind.Country)?.Iso2;
            end = k;
        }
        var titleEnd = end;
        var bareHead = end == head + 1;
        end = MinistryOfThePost.End(tokens, end);
        // "the Norlandic Prime Minister and Minister of Trade, who": a second office joined by "and" (see JoinedOffice).
        while (!ClosesApposition(tokens, end) && JoinedOffice(sentence, end, knowledge) is { } joined)
            (end, bareHead) = joined;
        if (!ClosesApposition(tokens, end) || determiner && bareHead && TitlesTheNextName(tokens, end)) return null;
        iso ??= CountryOf(sentence, start, head - 1, knowledge) ?? iso2Of;
        var title = sentence.Text[tokens[start].Start..tokens[titleEnd - 1].End];
        var isOffice = !servesAnOwner && (Lexicon.OfficeHolderNouns.Contains(tokens[head].Lower) || tokens[head].Lower is "representative" || iso is not null && StatePosts.Contains(tokens[head].Lower));
        return new Office(title, isOffice, servesAnOwner ? null : iso);
    }

    /// <summary>
    /// "X, the Ruritanian Prime Minister and Foreign Minister, who ...", "Y, the deputy premier and minister of trade, said": one
    /// person may hold two offices, told as two office phrases joined by "and" in one apposition (pattern: a coordinated
    /// apposition defining the name by both its posts). At <paramref name="and"/>, the "and" after the first office, reads a
    /// second phrase of up to six words with an office noun at its end and, after it, an optional capitalised portfolio
    /// ("of Foreign Affairs", "for Trade"); returns the index after it and whether it ends at its noun, or null. The title and
    /// the country stay the first office's.
    /// </summary>
    private static (int End, bool BareHead)? JoinedOffice(Sentence sentence, int and, KnowledgeBase knowledge)
    {
        var tokens = sentence.Tokens;
        if (and + 1 >= tokens.Count || tokens[and].Lower != "and") return null;
        var start = and + 1;
        var head = -1;
        for (var i = start; i < tokens.Count && i - start <= MaxModifiers; i++)
        {
            if (!tokens[i].IsWord && tokens[i].Text != "-") break;
            if (IsOfficeNoun(tokens[i].Lower)) head = i;
            else if (tokens[i].Text == "-") continue;
            else if (head >= 0 || IsClauseWord(tokens[i].Lower)) break;
        }
        if (head < 0) return null;
        var end = head + 1;
        if (end + 1 < tokens.Count && tokens[end].Lower is "of" or "for" or "to" or "on" or "in")
        {
            var k = end + 1;
            while (k < tokens.Count && (tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Lower is "the" or "and" or "of" || tokens[k].Text == "-")) k++;
            if (k == end + 1 || HoldersNameAfterTheCountry(sentence, end + 1, k, knowledge)) return null;
            end = k;
        }
        return (end, end == head + 1);
    }

    /// <summary>
    /// Nouns of a post, not of an office by themselves ("chairman", "commissioner", "chief negotiator"), that hold an office of
    /// state when the apposition itself gives them a country: "X, Nigeria's commissioner for trade", "Y, the British high
    /// commissioner in Nairobi", "Z, the Ruritanian army's commander" (the pattern: a post a country owns in the words that
    /// define the name is one its holder fills for that country). Professions ("Kenya's leading economist") stay no office.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> StatePosts = new HashSet<string>(StringComparer.Ordinal)
    {
        "official", "director", "chairman", "chairwoman", "chairperson", "chief", "head", "commander", "commissioner",
        "administrator", "negotiator", "coordinator", "speaker", "general", "admiral", "colonel",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "X, President of the Russian Federation Y Z and ...": in protocol lists each office, its state's formal name and the
    /// holder follow one another with no comma, so a capitalised run after the office's "of" that goes on past a country's name
    /// into more capitalised words holds the next holder's name; the office there titles that name, not the one before the
    /// comma (pattern: title, state, name as one list item).
    /// </summary>
    private static bool HoldersNameAfterTheCountry(Sentence sentence, int from, int to, KnowledgeBase knowledge)
    {
        var tokens = sentence.Tokens;
        for (var p = from; p < to; p++)
        {
            if (!(tokens[p - 1].Lower == "of" || tokens[p - 1].Lower == "the" && tokens[p - 2].Lower == "of") || !tokens[p].IsCapitalized) continue;
            for (var q = Math.Min(to - 2, p + MaxCountryWords - 1); q >= p; q--)
                if (tokens[q + 1].IsWord && tokens[q + 1].IsCapitalized &&
                    knowledge.Lookup(sentence.Text[tokens[p].Start..tokens[q].End]).Any(e => e.Kind == GazetteerKind.Country))
                    return true;
        }
        return false;
    }

    /// <summary>Words in the longest formal names of states, which run to eight.</summary>
    private const int MaxCountryWords = 8;

    /// <summary>
    /// ", India's foreign secretary", ", the Japanese ambassador to ...": a country's possessive or a nationality right after the
    /// determiner, then up to four lower-case words with an office noun among them; the title is those lower-case words.
    /// </summary>
    private static Office? ReadCountryFirst(Sentence sentence, int i, KnowledgeBase knowledge)
    {
        var tokens = sentence.Tokens;
        i = PastTimeAdverb(tokens, i);
        if (i < tokens.Count && tokens[i].Lower is "the" or "a" or "an") i++;
        string? iso = null;
        for (var len = 2; len >= 1 && iso is null; len--)
        {
            if (i + len > tokens.Count) continue;
            var country = knowledge.Lookup(sentence.Text[tokens[i].Start..tokens[i + len - 1].End]).FirstOrDefault(e => e.Kind is GazetteerKind.Country or GazetteerKind.Demonym);
            if (country is null) continue;
            iso = country.Iso2;
            i += len;
            // A country's name must own the office ("India's"); a bare one begins some other phrase.
            if (country.Kind == GazetteerKind.Country && i < tokens.Count && tokens[i].Text is "'s" or "’s") i++;
            else if (country.Kind == GazetteerKind.Country) return null;
        }
        if (iso is null) return null;
        var words = new List<string>();
        for (; i < tokens.Count && words.Count < 4 && tokens[i].IsWord && !tokens[i].IsCapitalized; i++) words.Add(tokens[i].Text);
        if (!words.Any(w => Lexicon.OfficeNouns.Contains(w) || w is "secretary" or "spokesman" or "spokeswoman" or "spokesperson")) return null;
        return new Office(string.Join(' ', words), true, iso, CountryFirst: true);
    }

    /// <summary>
    /// "X, then Ruritania's trade minister, signed": an apposition may open with an adverb that dates the office ("then",
    /// "now", "currently", "also"); the office phrase after it still names the person's post and country (pattern: a time
    /// adverb before the appositive noun phrase, as news writes of a post held at the time told). Returns the index after it.
    /// </summary>
    private static int PastTimeAdverb(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].Lower is "then" or "now" or "currently" or "also" && tokens[i + 1].IsWord ? i + 1 : i;

    /// <summary>Capitalised words that open a bare office title: ranks of an office and the first words of its name.</summary>
    private static readonly FrozenSet<string> BareTitleOpeners = new HashSet<string>(StringComparer.Ordinal)
    {
        "Deputy", "Vice", "Assistant", "Under", "Acting", "Chief", "Senior", "Special", "Permanent", "Prime", "Foreign", "Principal",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that may close a portfolio named for a country or region ("for Sudan talks").</summary>
    private const int MaxPortfolioTail = 2;

    /// <summary>
    /// "X, the Ruritanian special envoy for Freedonia peace talks, said": a portfolio after "for" or "on" names its
    /// subject in capitals and may close with a plain noun or two ("negotiations", "peace talks"), still inside the title when the
    /// apposition closes right after them (pattern: a subject noun modified by a place's name). Returns the index after them, or
    /// <paramref name="k"/> unchanged.
    /// </summary>
    private static int PortfolioTail(List<Token> tokens, int k)
    {
        var j = k;
        while (j < tokens.Count && j - k < MaxPortfolioTail && tokens[j].IsWord && !tokens[j].IsCapitalized && !IsClauseWord(tokens[j].Lower)) j++;
        return j > k && ClosesApposition(tokens, j) ? j : k;
    }

    /// <summary>Lower-case words that go on with the sentence rather than a portfolio: verbs, pronouns, conjunctions, prepositions.</summary>
    private static bool IsClauseWord(string word) =>
        word is "who" or "whose" or "which" or "that" or "and" or "or" or "but" or "he" or "she" or "they" or "it" or "is" or "was" or "are" or
            "were" or "has" or "had" or "have" or "will" or "would" or "said" or "says" or "in" or "at" or "on" or "to" or "of" or "for" or
            "with" or "by" or "from" or "the" or "a" or "an" or "since" or "until" ||
        word.EndsWith("ed", StringComparison.Ordinal) || Lexicon.SpeechVerbs.Contains(word);

    /// <summary>The apposition ends where the sentence goes on: a comma, a stop, a bracket, or a relative pronoun.</summary>
    private static bool ClosesApposition(List<Token> tokens, int end) =>
        end >= tokens.Count || tokens[end].Text is "," or "." or ";" or ")" or ":" || tokens[end].Lower is "who" or "whose";

    /// <summary>
    /// "his foreign minister, A, the defence minister, B, and ...": a bare office phrase ("the defence minister", no portfolio after
    /// it) closed by a comma and followed at once by a full name introduces that name, as each title in a list of appositions
    /// does (pattern: title, name; title, name). A portfolio may run on in capitals ("the Minister of Production, Foreign Trade").
    /// </summary>
    private static bool TitlesTheNextName(List<Token> tokens, int end) =>
        end + 2 < tokens.Count && tokens[end].Text == "," && IsNameWord(tokens[end + 1]) && IsNameWord(tokens[end + 2]);

    private static bool IsNameWord(Token t) => t.IsWord && t.IsCapitalized && !Months.IsMonthOrWeekday(t.Text);

    /// <summary>"Australia's", "President Clinton's": capitalised words closed by a possessive; the index of the "'s".</summary>
    private static int? OwnerEnd(List<Token> tokens, int i)
    {
        for (var k = i; k < tokens.Count && k - i <= MaxOwnerWords; k++)
        {
            if (tokens[k].Text is "'s" or "’s") return k > i ? k : null;
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Text == "-")) return null;
        }
        return null;
    }

    /// <summary>The first country, demonym or seat of government among the words from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static string? CountryOf(Sentence sentence, int from, int to, KnowledgeBase knowledge)
    {
        var tokens = sentence.Tokens;
        for (var a = from; a <= to; a++)
        for (var b = Math.Min(to, a + 2); b >= a; b--)
        {
            if (!tokens[a].IsCapitalized) break;
            // "the Northern Ireland secretary": a country after a compass word is part of a region's name, not the office's country.
            if (a > 0 && RegionOfACountryName.IsCompassWord(tokens[a - 1].Text)) break;
            var phrase = sentence.Text[tokens[a].Start..tokens[b].End];
            var iso = OfficeCountry.ByNameOrSeat(knowledge, phrase);
            if (iso is not null) return iso;
        }
        return null;
    }

    /// <summary>The head noun of the phrase: any person noun that can name a post ("adviser", "envoy", "counterpart").</summary>
    private static bool IsOfficeNoun(string word) =>
        Lexicon.PersonNouns.Contains(word) && word is not ("member" or "student" or "victim" or "survivor" or "player" or "fellow") || word is "counterpart" or "sherpa";
}
