using System.Reflection;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// World knowledge shipped as data (Knowledge/Data/*.txt, hand-written, embedded; and
/// *.generated.txt, made at build time from npm packages by Knowledge/Generator) plus optional
/// user files of the same names in a directory, whose rows are merged in. Hand-written rows win:
/// generated rows only fill gaps (a name already known as something else is not taken from them).
/// Look-ups go through the phrase dictionary <see cref="Lookup"/>, keyed by <see cref="NameKey.Of"/>.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Builtin = new(() => Load(null));
    private readonly Dictionary<string, List<GazetteerEntry>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryInfo> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, OrganizationInfo> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GroupingMember>> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(OfficeHolder, string[])>> _byReferenceName = new(StringComparer.Ordinal);

    public static KnowledgeBase Default => Builtin.Value;

    public IReadOnlyCollection<CountryInfo> Countries => _countries.Values;
    public IReadOnlyCollection<OrganizationInfo> Organizations => _organizations.Values;
    /// <summary>Generated cities and dependent territories that made it into the phrase dictionary.</summary>
    public IReadOnlyList<CityInfo> Cities { get; private set; } = [];
    public IReadOnlyList<VenueInfo> Venues { get; private set; } = [];
    public IReadOnlyList<OfficeHolder> OfficeHolders { get; private set; } = [];
    /// <summary>Each office-holder with the normalised words of the name, computed once.</summary>
    public IReadOnlyList<(OfficeHolder Holder, string[] Words)> OfficeHolderWords { get; private set; } = [];
    /// <summary>The words of <c>OfficeHolderWords[i]</c> in sorted order (as <c>Order()</c> gives them), for matching names told in another order.</summary>
    public IReadOnlyList<string[]> OfficeHolderSortedWords { get; private set; } = [];
    /// <summary>How many distinct phrases (names, aliases, demonyms...) the dictionary holds.</summary>
    public int PhraseCount => _phrases.Count;
    /// <summary>The longest known phrase, in words; bounds the look-ahead of phrase matching.</summary>
    public int LongestPhrase { get; private set; }

    /// <summary>Built-in data merged with the files of <paramref name="userDirectory"/> when given.</summary>
    public static KnowledgeBase Load(string? userDirectory)
    {
        var kb = new KnowledgeBase();
        string Content(string file)
        {
            var text = ReadEmbedded(file);
            var user = userDirectory is null ? null : Path.Combine(userDirectory, file);
            return user is not null && File.Exists(user) ? text + "\n" + File.ReadAllText(user) : text;
        }
        foreach (var c in KnowledgeFileParser.Countries(Content("countries.txt"))) kb.AddCountry(c);
        foreach (var c in KnowledgeFileParser.Countries(Content("countries.generated.txt"))) kb.MergeGeneratedCountry(c);
        foreach (var o in KnowledgeFileParser.Organizations(Content("organizations.txt"))) kb.AddOrganization(o);
        foreach (var (organization, members) in KnowledgeFileParser.Memberships(Content("memberships.txt")))
            if (kb._members.TryGetValue(organization, out var known)) known.AddRange(members); else kb._members[organization] = members;
        foreach (var t in KnowledgeFileParser.Titles(Content("titles.txt")))
            kb.Add(t.Title, new GazetteerEntry(t.Kind == "honorific" ? GazetteerKind.Honorific : GazetteerKind.Title, t.Title, null, t.Kind));
        foreach (var p in KnowledgeFileParser.Places(Content("places.txt")))
            // A place of no country is a world region ("Southeast Asia", "Middle East"): known, so its words are no name, but no Place node.
            foreach (var n in p.Aliases.Prepend(p.Name)) kb.Add(n, new GazetteerEntry(GazetteerKind.Place, p.Name, p.Iso2, p.Iso2 is null ? GazetteerEntry.WorldRegion : null));
        var venues = KnowledgeFileParser.Venues(Content("venues.txt")).ToList();
        foreach (var v in venues)
            foreach (var n in v.Aliases.Prepend(v.Name)) kb.Add(n, new GazetteerEntry(GazetteerKind.Place, v.Name, v.Iso2, "venue"));
        kb.Venues = venues;
        var holders = KnowledgeFileParser.OfficeHolders(Content("officeholders.txt")).ToList();
        foreach (var h in holders)
            foreach (var n in h.Aliases.Prepend(h.Name)) kb.Add(n, new GazetteerEntry(GazetteerKind.Person, h.Name, h.Iso2, h.Role));
        kb.OfficeHolders = holders;
        // One row per person for name matching ("Kishida" is one man though he held two offices): the latest term.
        kb.OfficeHolderWords = holders
            .GroupBy(h => NameKey.Of(h.Name))
            .Select(g => g.OrderByDescending(h => h.InOffice).ThenByDescending(h => h.Years, StringComparer.Ordinal).First())
            .Select(h => (h, NameKey.Of(h.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        kb.OfficeHolderSortedWords = kb.OfficeHolderWords.Select(h => h.Words.Order().ToArray()).ToList();
        foreach (var (holder, words) in kb.OfficeHolderWords)
            if (ReferenceName.Of(holder, words) is { } reference)
            {
                if (!kb._byReferenceName.TryGetValue(reference, out var list)) kb._byReferenceName[reference] = list = [];
                list.Add((holder, words));
            }
        kb.AddGeneratedCities(KnowledgeFileParser.Cities(Content("cities.generated.txt")));
        return kb;
    }

    /// <summary>
    /// The office-holders a bare name refers to ("President Moon" → Moon Jae-in), by the word a
    /// reference uses (<see cref="ReferenceName"/>); indexed once at load.
    /// </summary>
    public IReadOnlyList<(OfficeHolder Holder, string[] Words)> HoldersByReferenceName(string word) =>
        _byReferenceName.TryGetValue(word, out var list) ? list : NoHolders;

    /// <summary>True when some known phrase begins with this word; lets phrase matching skip most words cheaply.</summary>
    public bool StartsPhrase(string word)
    {
        // The key is built on the stack and looked up as a span: this runs for every word of every article.
        Span<char> buffer = stackalloc char[NameKey.StackLimit];
        if (word.Length <= NameKey.StackLimit && NameKey.TryWrite(word, buffer, out var length))
        {
            var stackKey = buffer[..length];
            var stackSpace = stackKey.IndexOf(' ');
            return _firstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stackSpace < 0 ? stackKey : stackKey[..stackSpace]);
        }
        var key = NameKey.Of(word);
        var space = key.IndexOf(' ');
        return _firstWords.Contains(space < 0 ? key : key[..space]);
    }

    // What a look-up that finds nothing returns: `found : []` made a new empty List for every miss (the type of the
    // conditional is List), and most look-ups miss.
    private static IReadOnlyList<GazetteerEntry> NoEntries => Array.Empty<GazetteerEntry>();
    private static IReadOnlyList<(OfficeHolder Holder, string[] Words)> NoHolders => Array.Empty<(OfficeHolder, string[])>();

    public IReadOnlyList<GazetteerEntry> Lookup(string phrase)
    {
        // As above: the key on the stack, looked up as a span, unless it is long or needs respelling.
        Span<char> buffer = stackalloc char[NameKey.StackLimit];
        if (phrase.Length <= NameKey.StackLimit && NameKey.TryWrite(phrase, buffer, out var length))
            return _phrases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var found) ? found : NoEntries;
        return _phrases.TryGetValue(NameKey.Of(phrase), out var list) ? list : NoEntries;
    }

    /// <summary>As <see cref="Lookup(string)"/>, for a piece of a sentence: a string is made only for a long or respelt key.</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(ReadOnlySpan<char> phrase)
    {
        Span<char> buffer = stackalloc char[NameKey.StackLimit];
        if (phrase.Length <= NameKey.StackLimit && NameKey.TryWrite(phrase, buffer, out var length))
            return _phrases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var found) ? found : NoEntries;
        return Lookup(new string(phrase));
    }

    /// <summary>
    /// As <see cref="Lookup(ReadOnlySpan{char})"/> for <paramref name="surface"/> whose key is already written
    /// (<see cref="NameKey.WritePrefixes"/>); a key that needs the "co-operation" respelling goes the ordinary way.
    /// </summary>
    public IReadOnlyList<GazetteerEntry> LookupWritten(ReadOnlySpan<char> key, ReadOnlySpan<char> surface)
    {
        if (key.IndexOf("co o", StringComparison.Ordinal) >= 0) return Lookup(surface);
        return _phrases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found) ? found : NoEntries;
    }

    public CountryInfo? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>
    /// The country whose government a venue stands for ("White House", "Kremlin", "Zhongnanhai"): a known venue in its
    /// country's capital; null for anything else, and for the seats of bodies outside capitals (UN headquarters, Palais des Nations).
    /// </summary>
    public string? SeatOfGovernment(string phrase)
    {
        foreach (var e in Lookup(phrase))
        {
            if (e.Kind != GazetteerKind.Place || e.Detail != "venue" || e.Iso2 is null) continue;
            var venue = Venues.FirstOrDefault(v => v.Name == e.Canonical);
            if (venue is not null && Country(e.Iso2) is { } country && country.Capitals.Contains(venue.City, StringComparer.OrdinalIgnoreCase)) return e.Iso2;
        }
        return null;
    }

    public OrganizationInfo? Organization(string canonicalName) => _organizations.GetValueOrDefault(canonicalName);

    /// <summary>The ISO codes of a grouping's member states in <paramref name="year"/> (now, when null); empty when its members are not known.</summary>
    public IReadOnlyList<string> MembersOf(string organization, int? year) =>
        _members.TryGetValue(organization, out var members) ? members.Where(m => m.BelongsIn(year)).Select(m => m.Iso2).Distinct().ToList() : [];

    /// <summary>Every organization of the given kind (e.g. "news" for agency credits).</summary>
    public IEnumerable<OrganizationInfo> OrganizationsOfKind(string kind) =>
        _organizations.Values.Where(o => o.Kind == kind);

    private void AddCountry(CountryInfo c)
    {
        _countries[c.Iso2] = c;
        foreach (var n in c.Aliases.Prepend(c.Name)) Add(n, new GazetteerEntry(GazetteerKind.Country, c.Name, c.Iso2));
        foreach (var d in c.Demonyms) Add(d, new GazetteerEntry(GazetteerKind.Demonym, c.Name, c.Iso2));
        foreach (var cap in c.Capitals) Add(cap, new GazetteerEntry(GazetteerKind.Capital, cap, c.Iso2));
    }

    /// <summary>
    /// Generated names of a country the hand file already has join it, unless the phrase already
    /// means something (hand data wins: "Congolese" stays the Republic of the Congo's). Capitals the
    /// hand file does not list become places, not seats of government ("Cape Town").
    /// </summary>
    private void MergeGeneratedCountry(CountryInfo generated)
    {
        if (!_countries.TryGetValue(generated.Iso2, out var known))
        {
            AddCountry(generated);
            return;
        }
        var aliases = generated.Aliases.Prepend(generated.Name).Where(IsNew).ToList();
        var demonyms = generated.Demonyms.Where(IsNew).ToList();
        foreach (var n in aliases) Add(n, new GazetteerEntry(GazetteerKind.Country, known.Name, known.Iso2));
        foreach (var d in demonyms) Add(d, new GazetteerEntry(GazetteerKind.Demonym, known.Name, known.Iso2));
        foreach (var cap in generated.Capitals.Where(IsNew)) Add(cap, new GazetteerEntry(GazetteerKind.Place, cap, known.Iso2));
        _countries[known.Iso2] = known with { Aliases = [.. known.Aliases, .. aliases], Demonyms = [.. known.Demonyms, .. demonyms] };
    }

    /// <summary>
    /// Generated cities under names not yet known. A city named like a word of a known
    /// office-holder's name ("Noda", "Santos") needs place context, whatever the generator said.
    /// </summary>
    private void AddGeneratedCities(IEnumerable<CityInfo> cities)
    {
        var personWords = OfficeHolderWords.SelectMany(h => h.Words).ToHashSet(StringComparer.Ordinal);
        var added = new List<CityInfo>();
        foreach (var city in cities)
        {
            if (!IsNew(city.Name))
            {
                // A city the hand files already have ("Mumbai") still gains the generated exonyms ("Bombay").
                var known = Lookup(city.Name).FirstOrDefault(e => e.Kind is GazetteerKind.Place or GazetteerKind.Capital && e.Iso2 == city.Iso2);
                if (known is not null) foreach (var n in city.Aliases.Where(IsNew)) Add(n, known);
                continue;
            }
            var gated = city.NeedsContext || personWords.Contains(NameKey.Of(city.Name));
            var entry = new GazetteerEntry(GazetteerKind.Place, city.Name, city.Iso2, gated ? PlaceContext.NeedsContext : null);
            foreach (var n in city.Aliases.Prepend(city.Name).Where(IsNew)) Add(n, entry);
            added.Add(city with { NeedsContext = gated });
        }
        Cities = added;
    }

    private bool IsNew(string phrase) => !_phrases.ContainsKey(NameKey.Of(phrase));

    private void AddOrganization(OrganizationInfo o)
    {
        _organizations[o.Name] = o;
        foreach (var n in o.Aliases.Prepend(o.Name)) Add(n, new GazetteerEntry(GazetteerKind.Organization, o.Name, null, o.Kind));
    }

    private void Add(string phrase, GazetteerEntry entry)
    {
        var key = NameKey.Of(phrase);
        if (key.Length == 0) return;
        if (!_phrases.TryGetValue(key, out var list)) _phrases[key] = list = [];
        if (!list.Contains(entry)) list.Add(entry);
        var space = key.IndexOf(' ');
        _firstWords.Add(space < 0 ? key : key[..space]);
        LongestPhrase = Math.Max(LongestPhrase, key.Count(c => c == ' ') + 1);
    }

    private static string ReadEmbedded(string file)
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + file, StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"Knowledge file {file} is not embedded" +
                       (file.Contains(".generated.") ? " (the build generates it from npm packages: run 'npm ci' at the repository root, then build)." : "."));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
