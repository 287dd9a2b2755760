using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// Coreference for people inside one article. Full names found with evidence (or known
/// office-holders) become people; later short forms ("Mr Lee", "Lee", "Pacheco Pardo"),
/// reordered names ("Kishida Fumio") and offices ("the president") are resolved to them:
/// among the people whose name contains the word, the most mentioned so far, then the most recent.
/// </summary>
internal sealed class PersonResolver(KnowledgeBase knowledge, int? storyYear = null, IReadOnlySet<int>? writtenYears = null)
{
    private readonly List<PersonName> _people = [];

    /// <summary>The years the article writes, which place the rulers of past centuries it names (ReignOfTheStoryYears).</summary>
    private IReadOnlySet<int> _years = new HashSet<int>();

    /// <summary>Known-person mentions whose title and country were taken from the term of the story's year.</summary>
    private HashSet<Mention> _redated = [];
    private List<Mention> _countryMentions = [];

    /// <summary>The countries named in <paramref name="sentence"/>, or in the whole story when null.</summary>
    private HashSet<string> CountriesOf(Sentence? sentence) =>
        _countryMentions.Where(x => sentence is null || x.Sentence == sentence).Select(x => x.Iso2!).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<PersonName> People => _people;

    public static int Position(Mention m) => m.Sentence.Index * 10_000 + m.TokenStart;

    public void Resolve(IReadOnlyList<Mention> mentions)
    {
        var persons = mentions.Where(m => m.Kind == MentionKind.Person).OrderBy(Position).ToList();
        ConfirmedBySurname(persons);
        // A report of its own day dates its events by its publication: that year counts as written.
        var years = new HashSet<int>(writtenYears ?? ReignOfTheStoryYears.WrittenYears(mentions.Select(m => m.Sentence).Distinct()));
        if (storyYear is { } published) years.Add(published);
        _years = years;
        _countryMentions = mentions.Where(x => x.Kind == MentionKind.Country && x.Iso2 is not null).ToList();
        var placed = ReignOfTheStoryYears.Apply(knowledge, persons, _years);
        _redated = TermOfTheStoryYear.Apply(knowledge, persons, storyYear);
        _redated.UnionWith(placed);
        // Pass 1: full names with evidence introduce people.
        foreach (var m in persons.Where(m => !m.IsNominal && (m.Canonical is not null || m.HasPersonEvidence && WordCount(m) >= 2)))
            Attach(m, FindFull(m) ?? FindStyledFamilyName(m) ?? Create(m));
        // Pass 2: everything else resolves to someone already introduced, or is dropped.
        foreach (var m in persons.Where(m => m.EntityId is null))
        {
            var target = m.IsNominal ? FindByOffice(m) : FindFull(m) ?? FindByWord(m) ?? (m.Title is not null || m.HasPersonEvidence ? FindKnownBySurname(m) : null);
            if (target is null && !m.IsNominal && m.HasPersonEvidence && (m.Title is not null || WordCount(m) >= 2))
                target = Create(m);
            if (target is not null) Attach(m, target);
        }
    }

    /// <summary>
    /// "He met Trump on the sidelines", "was welcomed by Sheinbaum", "delivered the document to Blinken": an unknown name
    /// after a preposition was read as a place, but it is the family name of exactly one person the article names in full
    /// (pattern: a surname after a preposition is that person). Returns the person mention that replaces it, attached to
    /// that person, or null when the place stays a place.
    /// </summary>
    public Mention? PersonReadAsPlace(Mention m)
    {
        if (m.Kind != MentionKind.Place || m.Canonical is not null) return null;
        var words = PersonName.WordsOf(m.Surface);
        if (words.Length is 0 or > 2 || !m.Surface.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]))) return null;
        var matches = _people.Where(p => p.Words.Length > words.Length && p.ContainsSequence(words) && p.Words[^words.Length..].SequenceEqual(words)).ToList();
        if (matches.Count != 1) return null;
        var person = new Mention
        {
            Kind = MentionKind.Person, Sentence = m.Sentence, TokenStart = m.TokenStart, TokenEnd = m.TokenEnd, Surface = m.Surface,
            HasPersonEvidence = true, Rule = "a named person's family name after a preposition, not a place",
        };
        Attach(person, matches[0]);
        return person;
    }

    /// <summary>"Baron Ulrich Kessing ... Baron Kessing": a rank of nobility before one name is the short form of the person named in full (NobleStyle).</summary>
    private PersonName? FindStyledFamilyName(Mention m)
    {
        if (m.Canonical is not null || NobleStyle.Without(m.Surface) is not { } bare) return null;
        var words = PersonName.WordsOf(bare);
        if (words.Length != 1) return null;
        return _people.Where(p => p.Words.Length >= 2 && p.Words.Contains(words[0])).OrderByDescending(p => p.Mentions.Count).FirstOrDefault();
    }

    /// <summary>
    /// "Paul Kagame's year as chair ... Kagame signed first": a full name with no context of its own is a
    /// person when the article elsewhere shows its family name doing what people do.
    /// </summary>
    private static void ConfirmedBySurname(List<Mention> persons)
    {
        var shown = persons.Where(m => m.HasPersonEvidence && !m.IsNominal && WordCount(m) == 1).Select(m => m.Surface).ToHashSet(StringComparer.Ordinal);
        if (shown.Count == 0) return;
        foreach (var m in persons.Where(m => !m.HasPersonEvidence && !m.IsNominal && WordCount(m) is 2 or 3))
        {
            var words = m.Surface.Split(' ');
            if (!shown.Contains(words[^1]) && !(shown.Contains(words[0]) && HasArabicFamilyName(words))) continue;
            m.HasPersonEvidence = true;
            m.Rule += "; family name shown as a person elsewhere";
        }
    }

    /// <summary>
    /// "Tariq al-Hamdan ... Mr Tariq said": Arabic names are often told later by the given name, not the family name, so a
    /// given name shown as a person confirms the full name when a word after it is an "al-"/"el-" family name (pattern: the
    /// press's given-name reference to Arab statesmen).
    /// </summary>
    private static bool HasArabicFamilyName(string[] words) =>
        words.Skip(1).Any(w => w.Length > 3 && (w.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("el-", StringComparison.OrdinalIgnoreCase)));

    private static int WordCount(Mention m) => PersonName.WordCountOf(m.Surface);

    private PersonName? FindFull(Mention m)
    {
        var words = PersonName.WordsOf(m.Canonical ?? m.Surface);
        if (words.Length < 2) return null;
        return _people.FirstOrDefault(p => p.Words.SequenceEqual(words))
               ?? _people.FirstOrDefault(p => p.IsReorderingOf(words))
               ?? _people.Where(p => p.ContainsSequence(words)).OrderByDescending(p => p.Mentions.Count).FirstOrDefault()
               ?? _people.FirstOrDefault(p => words.Length > p.Words.Length && ContainsAll(words, p.Words) && m.Canonical is null);
    }

    private static bool ContainsAll(string[] longer, string[] shorter) =>
        shorter.Length >= 2 && new PersonName("", string.Join(' ', longer), null).ContainsSequence(shorter);

    private PersonName? FindByWord(Mention m)
    {
        var words = PersonName.WordsOf(m.Surface);
        if (words.Length != 1) return null;
        var position = Position(m);
        var candidates = _people.Where(p => p.Words.Length >= 2 && p.Words.Contains(words[0])).ToList();
        var seen = candidates.Where(p => p.FirstPosition < position).ToList();
        if (seen.Count > 0) candidates = seen;
        return candidates
            .OrderByDescending(p => p.Mentions.Count(x => Position(x) < position))
            .ThenByDescending(p => p.Mentions.Where(x => Position(x) < position).Select(Position).DefaultIfEmpty(-1).Max())
            .FirstOrDefault();
    }

    /// <summary>"Trump said": a surname shared by exactly one known office-holder, or the one of several in office at the story's time.</summary>
    private PersonName? FindKnownBySurname(Mention m)
    {
        if (!m.HasPersonEvidence) return null;
        var words = PersonName.WordsOf(m.Surface);
        if (words.Length != 1) return null;
        // Several holders share the surname ("President Lee"): the one in office at the story's time is meant.
        var holders = knowledge.HoldersByReferenceName(words[0]);
        // "Jordan's King Abdullah": a country written with the name rules out holders of other countries.
        if (m.Iso2 is { } written && !m.TitleFromKnowledge)
            holders = holders.Where(h => h.Holder.Iso2 is null || h.Holder.Iso2 == written).ToList();
        // A family name of past centuries' statesmen is placed by the years the story writes (ReignOfTheStoryYears).
        var title = m.TitleIsOffice && !m.TitleFromKnowledge ? m.Title : null;
        var holder = ReignOfTheStoryYears.Decides(knowledge, holders, _years, out var past) ? past
            : HolderOfTheStoryYear.Choose(knowledge, holders, storyYear, title);
        // Two kings Abdullah in office at once: the one whose country the sentence names, else the story (disambiguation by
        // the nearest context).
        foreach (var context in new Sentence?[] { m.Sentence, null })
        {
            if (holder is not null || past is not null || holders.Count < 2) break;
            var countries = CountriesOf(context);
            var ofTheirCountries = holders.Where(h => h.Holder.Iso2 is { } iso && countries.Contains(iso)).ToList();
            if (ofTheirCountries.Count > 0 && ofTheirCountries.Count < holders.Count)
                holder = HolderOfTheStoryYear.Choose(knowledge, ofTheirCountries, storyYear, title);
        }
        if (holder is null) return null;
        var existing = _people.FirstOrDefault(p => p.Id == EntityRegistry.PersonId(holder.Name));
        if (existing is not null) return existing;
        var person = new PersonName(EntityRegistry.PersonId(holder.Name), holder.Name, holder.Iso2);
        _people.Add(person);
        return person;
    }

    private PersonName? FindByOffice(Mention m)
    {
        var position = Position(m);
        var holders = _people
            .Where(p => p.FirstPosition < position)
            .Where(p => m.Title == "leader" ? p.Titles.Count > 0 : p.Titles.Any(t => t.Equals(m.Title, StringComparison.OrdinalIgnoreCase)))
            .Where(p => !OfficeOfAnotherInTheClause.Excludes(p, m, _people))
            .ToList();
        var same = holders.Where(p => m.Iso2 is null || p.Iso2 == m.Iso2).OrderByDescending(p => p.LastPosition).FirstOrDefault();
        if (same is not null || m.Iso2 is null) return same;
        // "President X opened the talks. The Malawian president said ...": the one holder of that office whose country is not
        // yet known is the one the nationality describes (it is then given to them when the mention is attached).
        var unplaced = holders.Where(p => p.Iso2 is null).ToList();
        return unplaced.Count == 1 && !holders.Any(p => p.Iso2 is not null && p.LastPosition > unplaced[0].LastPosition) ? unplaced[0] : null;
    }

    private PersonName Create(Mention m)
    {
        var known = m.Canonical ?? KnownReordering(m.Surface);
        var canonical = known ?? StripHonorific(m.Surface);
        // "Soviet Foreign Minister X": a nationality written before the title beats the knowledge base's default country.
        var iso = m.NationalityWritten ? m.Iso2 : _redated.Contains(m) ? m.Iso2 : known is not null ? knowledge.Lookup(known).FirstOrDefault(e => e.Kind == GazetteerKind.Person)?.Iso2 : null;
        var person = new PersonName(EntityRegistry.PersonId(canonical), NobleTitleName.Names(m) ? canonical : StripHonorific(m.Surface), iso ?? (m.TitleIsOffice || m.SpeaksForCountry ? m.Iso2 : null));
        _people.Add(person);
        return person;
    }

    /// <summary>
    /// A known office-holder written family name first ("Kishida Fumio"), or with a given name left out ("Tayyip Erdogan"
    /// for Recep Tayyip Erdogan): the last words of exactly one known name.
    /// </summary>
    private string? KnownReordering(string surface)
    {
        var words = PersonName.WordsOf(surface);
        // Sorted once here and once per holder at load: sorting every holder's words for every new name was most of the
        // allocation on real articles.
        var sorted = words.Order().ToArray();
        string? reordered = null;
        for (var k = 0; k < knowledge.OfficeHolderWords.Count && reordered is null; k++)
            if (knowledge.OfficeHolderWords[k].Words.Length == words.Length && knowledge.OfficeHolderSortedWords[k].AsSpan().SequenceEqual(sorted))
                reordered = knowledge.OfficeHolderWords[k].Holder.Name;
        if (reordered is not null || words.Length < 2) return reordered;
        var shortened = knowledge.OfficeHolderWords
            .Where(h => h.Words.Length > words.Length && h.Words.AsSpan(h.Words.Length - words.Length).SequenceEqual(words))
            .Select(h => h.Holder.Name).Distinct().Take(2).ToList();
        return shortened.Count == 1 ? shortened[0] : null;
    }

    private static string StripHonorific(string surface)
    {
        foreach (var h in new[] { "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Dr. ", "Dr ", "Sir ", "Dame ", "Prince ", "Princess " })
            if (surface.StartsWith(h, StringComparison.Ordinal)) return surface[h.Length..];
        return surface;
    }

    private static void Attach(Mention m, PersonName p)
    {
        m.EntityId = p.Id;
        p.Mentions.Add(m);
        var position = Position(m);
        p.FirstPosition = Math.Min(p.FirstPosition, position);
        p.LastPosition = Math.Max(p.LastPosition, position);
        if (m.Title is not null && m.TitleIsOffice && !p.Titles.Contains(m.Title, StringComparer.OrdinalIgnoreCase)) p.Titles.Add(m.Title);
        if ((m.TitleIsOffice || m.SpeaksForCountry) && m.Iso2 is not null) p.Iso2 ??= m.Iso2;
        // Prefer the fullest spelling the article uses as the display name.
        if (!m.IsNominal && !NobleTitleName.Names(m) && PersonName.WordsOf(m.Surface).Length > p.Words.Length && m.Surface.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])))
            p.Rename(StripHonorific(m.Surface));
    }
}
