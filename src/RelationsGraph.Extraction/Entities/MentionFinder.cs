using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// Finds the named things of one sentence. Capitalised spans are cut into known phrases and
/// unknown words (<see cref="NameChunker"/>); unknown words become people when their context
/// says so (a title, an honorific, a role noun, a speech verb, an apposition), places after
/// a locative preposition or with a place suffix, organizations with an organization suffix.
/// </summary>
internal sealed class MentionFinder(KnowledgeBase knowledge)
{
    // A monarch is told by title alone once named ("the King hosted a banquet", "the Emir received him"): as with "the president",
    // the title points back at the one person the story gave it to (pattern: news names a sovereign once, then calls them by rank).
    private static readonly string[] NominalOffices = ["prime minister", "foreign minister", "president", "premier", "chancellor", "leader",
        "king", "queen", "emperor", "crown prince", "emir", "sultan"];
    private static readonly string[][] NominalOfficeWords = [.. NominalOffices.Select(o => o.Split(' '))];
    private readonly NameChunker _chunker = new(knowledge);

    public List<Mention> Find(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = new List<Mention>();
        for (var i = 0; i < tokens.Count;)
        {
            if (!StartsName(tokens[i]))
            {
                if (tokens[i].Lower == "the") FindNominal(sentence, i, mentions);
                i++;
                continue;
            }
            // "The Kenyan president held talks ...": a sentence-initial "The" opens a nominal just as "the" does.
            if (tokens[i].Text == "The" && tokens[i].Lower == "the")
            {
                var before = mentions.Count;
                FindNominal(sentence, i, mentions);
                if (mentions.Count > before) { i++; continue; }
            }
            if (NobleTitleName.Read(sentence, i, mentions) is var afterTitle && afterTitle > i) { i = afterTitle; continue; }
            var j = i + 1;
            while (j < tokens.Count)
            {
                // "Hon. A B MP": the letters of a seat or an honour after a name close it (PostNominalLetters).
                if (PostNominalLetters.EndsNameAt(tokens, i, j)) break;
                if (StartsName(tokens[j])) j++;
                else if (NameChunker.IsJoiner(tokens, j) && j + 1 < tokens.Count && StartsName(tokens[j + 1])) j++;
                // "Ursula von der Leyen", "Charles de la Fontaine": two particles in a row inside one name.
                else if (NameChunker.IsJoiner(tokens, j) && j + 2 < tokens.Count && NameChunker.IsJoiner(tokens, j + 1) &&
                         tokens[j].Text is "von" or "van" or "de" or "da" or "del" && tokens[j + 1].Text is "der" or "den" or "la" or "le" or "los" or "las" && StartsName(tokens[j + 2])) j += 2;
                // "Salone delle Feste", "Palazzo della Consulta": one Italian particle with its article in a venue's name.
                else if (tokens[j].Text is "delle" or "della" or "dei" or "degli" && j + 1 < tokens.Count && StartsName(tokens[j + 1])) j++;
                // "Abdel Fattah el-Sissi", "Mohammed al-Sudani": the Arabic article hyphened to the surname stays in the name.
                else if (tokens[j].Text is "el" or "al" && j + 2 < tokens.Count && tokens[j + 1].Text == "-" && StartsName(tokens[j + 2])) j += 2;
                // "Côte d'Ivoire", "Place d'Armes": an elided particle written onto a capitalised word ends a known name.
                else if (ElidedParticleName.Continues(tokens[j]) && KnownPhraseEndingAt(sentence, i, j)) j++;
                else if (tokens[j].Text == "." && j > 0 && tokens[j - 1].Text.Length == 1) j++; // "S. Korea"
                // "J.K. "Bud" Tarrow": a quoted nickname between given name and surname stays inside the name.
                else if (QuotedNickname.SurnameAfter(tokens, j) is var surname && surname > j) j = surname + 1;
                else if (KnownPhraseAcross(sentence, i, j) is var end && end > j) j = end;
                else if (BodyPortfolioAcrossThe(tokens, i, j) is var across && across > j) j = across;
                else break;
            }
            new SpanInterpreter(knowledge, sentence, _chunker.Chunk(sentence, i, j), mentions).Run();
            if (j < tokens.Count && PostNominalLetters.EndsNameAt(tokens, i, j))
            {
                // The person's mention reaches over the letters (its name does not), so what follows the name follows the mention.
                if (mentions.LastOrDefault() is { Kind: MentionKind.Person } named && named.TokenEnd == j) named.TokenEnd = j + 1;
                j++;
            }
            i = j;
        }
        // "Prince Eugene of Savoy": a styled given name with its realm is a person (NameWithItsRealm).
        NameWithItsRealm.Apply(mentions);
        OfficeAfterName.Apply(sentence, mentions, knowledge);
        OfficialsInContext.Apply(sentence, mentions);
        PortfolioInsideALongerTitle.Apply(mentions);
        return mentions;
    }

    /// <summary>Whether the words from some start inside [start, last] up to <paramref name="last"/> read as a known phrase.</summary>
    private bool KnownPhraseEndingAt(Sentence sentence, int start, int last)
    {
        var tokens = sentence.Tokens;
        for (var s = Math.Max(start, last - 3); s < last; s++)
            if (knowledge.Lookup(sentence.Text.AsSpan(tokens[s].Start, tokens[last].End - tokens[s].Start)).Count > 0) return true;
        return false;
    }

    /// <summary>
    /// "Great Hall of the People", "Huis ten Bosch": up to three lowercase words inside a known name.
    /// Returns the end of the span when some start inside [start, stop) reads as a known phrase across them, else stop.
    /// </summary>
    private int KnownPhraseAcross(Sentence sentence, int start, int stop)
    {
        var tokens = sentence.Tokens;
        for (var gap = 1; gap <= 3 && stop + gap < tokens.Count; gap++)
        {
            if (!tokens[stop + gap - 1].IsWord || tokens[stop + gap - 1].IsCapitalized) return stop;
            if (!StartsName(tokens[stop + gap])) continue;
            // The known name may end in more than one capitalised word after the small words ("Council of the European Union",
            // "Organisation of the Islamic Conference"): the longest tail first, up to three words.
            var tails = 1;
            while (tails < 3 && stop + gap + tails < tokens.Count && StartsName(tokens[stop + gap + tails])) tails++;
            for (var tail = tails; tail >= 1; tail--)
            {
                var last = tokens[stop + gap + tail - 1].End;
                // The whole span first ("Organization for Security and Co-operation in Europe"), then its last few words.
                if (knowledge.Lookup(sentence.Text.AsSpan(tokens[start].Start, last - tokens[start].Start)).Count > 0) return stop + gap + tail;
                for (var s = Math.Max(start, stop - 3); s < stop; s++)
                    if (knowledge.Lookup(sentence.Text.AsSpan(tokens[s].Start, last - tokens[s].Start)).Count > 0) return stop + gap + tail;
            }
        }
        return stop;
    }

    /// <summary>
    /// "Popular Front for the Liberation of Palestine", "International Fund for Saving the Aral Sea": the purpose of a body's name
    /// runs on over "the" after its "for" (pattern: suffix word + for + the + capitalised words). "of the" is left alone: what
    /// follows it is as often the parent body or the country ("Office of the President", "Council of the EU"), and a known body or
    /// country after "the" stays a name of its own.
    /// Returns the new end of the span, or <paramref name="stop"/>.
    /// </summary>
    private int BodyPortfolioAcrossThe(List<Token> tokens, int start, int stop)
    {
        var suffix = -1;
        for (var s = start; s < stop; s++)
            if (Lexicon.OrganizationSuffixes.Contains(tokens[s].Text) && s + 1 < tokens.Count && tokens[s + 1].Lower == "for") { suffix = s; break; }
        if (suffix < 0) return stop;
        int the;
        if (stop + 2 < tokens.Count && tokens[stop].Lower == "for" && tokens[stop + 1].Text == "the" && stop - 1 == suffix) the = stop + 1;
        else if (stop + 1 < tokens.Count && tokens[stop].Text == "the" && stop - 1 > suffix + 1 && tokens[stop - 1].IsCapitalized) the = stop;
        else return stop;
        if (!StartsName(tokens[the + 1]) || knowledge.Lookup(tokens[the + 1].Text).Any(e => e.Kind is GazetteerKind.Organization or GazetteerKind.Country) ||
            the + 2 < tokens.Count && StartsName(tokens[the + 2]) &&
            knowledge.Lookup($"{tokens[the + 1].Text} {tokens[the + 2].Text}").Any(e => e.Kind is GazetteerKind.Organization or GazetteerKind.Country))
            return stop;
        return the + 2;
    }

    /// <summary>Nouns "capital" qualifies as an adjective of money: "capital markets", "capital flows".</summary>
    private static readonly FrozenSet<string> CapitalCompounds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "market", "markets", "flow", "flows", "flight", "gain", "gains", "control", "controls", "expenditure", "expenditures", "spending",
        "investment", "investments", "goods", "punishment", "requirement", "requirements", "ratio", "ratios", "base", "stock", "account",
        "accounts", "injection", "injections", "outflows", "inflows", "adequacy", "buffer", "buffers", "projects", "project", "budget", "costs", "raising",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"the Laotian capital", "the Peruvian capital": the country's (first) capital city, as a place.</summary>
    private Mention? CapitalReference(Sentence sentence, int the, int next, string iso)
    {
        var tokens = sentence.Tokens;
        if (tokens[next].Lower != "capital" || knowledge.Country(iso) is not { Capitals.Count: > 0 } country) return null;
        // "the Peruvian capital markets": an adjective, not the city. Any other word may follow the city ("talks in the
        // Chinese capital between A and B", "in the Omani capital last month").
        if (next + 1 < tokens.Count && tokens[next + 1].IsWord && !tokens[next + 1].IsCapitalized && CapitalCompounds.Contains(tokens[next + 1].Text))
            return null;
        return new Mention
        {
            Kind = MentionKind.Place, Sentence = sentence, TokenStart = the, TokenEnd = next + 1,
            Surface = sentence.Text[tokens[the].Start..tokens[next].End], Canonical = country.Capitals[0], Iso2 = iso, Rule = "the <demonym> capital",
        };
    }

    private static bool Matches(List<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count) return false;
        for (var k = 0; k < words.Length; k++)
            if (tokens[start + k].Lower != words[k]) return false;
        return true;
    }

    private static bool StartsName(Token t)
    {
        if (t.Text.Length == 0 || !char.IsUpper(t.Text[0])) return false;
        foreach (var c in t.Text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>The index of the first nominal office whose words open at token <paramref name="j"/>, else -1 (a loop, not a
    /// predicate over the caller's locals: a closure and a delegate were made for every "the").</summary>
    private static int NominalOfficeAt(List<Token> tokens, int j)
    {
        for (var n = 0; n < NominalOfficeWords.Length; n++)
            if (Matches(tokens, j, NominalOfficeWords[n])) return n;
        return -1;
    }

    /// <summary>"the president", "the South Korean leader": a person named by office alone.</summary>
    private void FindNominal(Sentence sentence, int the, List<Mention> into)
    {
        var tokens = sentence.Tokens;
        var j = the + 1;
        string? iso = null;
        if (j < tokens.Count && tokens[j].IsCapitalized)
        {
            var end = j + 1 < tokens.Count && tokens[j + 1].IsCapitalized ? j + 2 : j + 1;
            for (var e = end; e > j && iso is null; e--)
            {
                var entries = knowledge.Lookup(sentence.Text[tokens[j].Start..tokens[e - 1].End]);
                var demonym = entries.FirstOrDefault(x => x.Kind is GazetteerKind.Demonym);
                if (demonym is not null) { iso = demonym.Iso2; j = e; }
            }
        }
        if (j >= tokens.Count) return;
        if (iso is not null && CapitalReference(sentence, the, j, iso) is { } capital)
        {
            into.Add(capital);
            return;
        }
        var n = NominalOfficeAt(tokens, j);
        if (n < 0) return;
        var office = NominalOffices[n];
        var after = j + NominalOfficeWords[n].Length;
        if (after < tokens.Count && tokens[after].IsCapitalized && tokens[after].IsWord) return; // "the President Lee": a name follows
        into.Add(new Mention
        {
            Kind = MentionKind.Person, Sentence = sentence, TokenStart = the, TokenEnd = after,
            Surface = sentence.Text[tokens[the].Start..tokens[after - 1].End], IsNominal = true,
            Iso2 = iso, Title = office, TitleIsOffice = true, Rule = "office named without a name (nominal)",
        });
    }
}
