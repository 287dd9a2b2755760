using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>A person as the article names them: display name, the words of the name, mention history.</summary>
internal sealed class PersonName(string id, string display, string? iso2)
{
    public string Id { get; } = id;
    public string Display { get; set; } = display;
    public string[] Words { get; private set; } = WordsOf(display);
    public string? Iso2 { get; set; } = iso2;
    /// <summary>The country was not said but taken from the article's home country (<see cref="UnmarkedOfficials"/>).</summary>
    public bool CountryFromHome { get; set; }
    /// <summary>The country was not said but taken as the other side of a marked counterpart (<see cref="CounterpartOfficials"/>).</summary>
    public bool CountryFromCounterpart { get; set; }
    public List<Mention> Mentions { get; } = [];
    public List<string> Titles { get; } = [];
    public int FirstPosition { get; set; } = int.MaxValue;
    public int LastPosition { get; set; } = -1;

    /// <summary>
    /// "Gilberto Teodoro Jr", "Ferdinand Marcos Jr.": the name without its generational suffix, as many reports write it;
    /// null when there is none.
    /// </summary>
    public static string? WithoutGenerationalSuffix(string name)
    {
        // The last word is read in place first: most names end in no suffix, and need not be split.
        var trimmed = name.AsSpan().TrimEnd(' ');
        if (trimmed[(trimmed.LastIndexOf(' ') + 1)..].TrimEnd('.') is not ("Jr" or "Sr" or "II" or "III" or "IV")) return null;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words[^1].TrimEnd('.') is not ("Jr" or "Sr" or "II" or "III" or "IV")) return null;
        return string.Join(' ', words[..^1]).TrimEnd(',');
    }

    /// <summary>How many words <see cref="WordsOf"/> gives, without making them.</summary>
    public static int WordCountOf(string name)
    {
        Span<char> buffer = name.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[name.Length];
        if (!NameKey.TryWrite(name, buffer, out var length)) return WordsOf(name).Length;
        return length == 0 ? 0 : buffer[..length].Count(' ') + 1;
    }

    public static string[] WordsOf(string name)
    {
        // The key's words cut from a buffer: no whole-key string first (the key has single spaces only, none at its ends).
        Span<char> buffer = name.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[name.Length];
        if (!NameKey.TryWrite(name, buffer, out var length)) return NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ReadOnlySpan<char> key = buffer[..length];
        if (key.IsEmpty) return [];
        var words = new string[key.Count(' ') + 1];
        var n = 0;
        foreach (var range in key.Split(' ')) words[n++] = key[range].ToString();
        return words;
    }

    public void Rename(string display)
    {
        Display = display;
        Words = WordsOf(display);
        _sortedWords = null;
    }

    /// <summary>True when <paramref name="words"/> occur in this name in order and contiguously ("Pacheco Pardo").</summary>
    public bool ContainsSequence(string[] words)
    {
        if (words.Length == 0 || words.Length > Words.Length) return false;
        for (var i = 0; i + words.Length <= Words.Length; i++)
            if (Words.AsSpan(i, words.Length).SequenceEqual(words)) return true;
        return false;
    }

    /// <summary>Same words in another order: "Kishida Fumio" is "Fumio Kishida".</summary>
    public bool IsReorderingOf(string[] words) =>
        words.Length == Words.Length && words.Length >= 2 && words.Order().SequenceEqual(SortedWords);

    // Sorted once per name (IsReorderingOf runs for every name against every person); Rename clears it.
    private string[]? _sortedWords;
    private string[] SortedWords => _sortedWords ??= Words.Order().ToArray();
}
