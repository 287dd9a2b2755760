using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>A piece of a capitalised span: a known phrase, an unknown word, or a joiner.</summary>
internal sealed record NameChunk(int Start, int End, GazetteerEntry? Entry, bool IsJoiner, string Text)
{
    public bool IsUnknownWord => Entry is null && !IsJoiner;
    public GazetteerKind? Kind => Entry?.Kind;
}

/// <summary>
/// Cuts a capitalised span into the longest known phrases (countries, titles, organizations,
/// office-holders...), leaving unknown words and joiners ("of", "-", "'s") in between.
/// </summary>
internal sealed class NameChunker(KnowledgeBase knowledge)
{
    // When one phrase is several things, the more specific reading wins.
    private static readonly GazetteerKind[] Priority =
    [
        GazetteerKind.Person, GazetteerKind.Organization, GazetteerKind.Country, GazetteerKind.Capital,
        GazetteerKind.Demonym, GazetteerKind.Place, GazetteerKind.Title, GazetteerKind.Honorific,
    ];

    public List<NameChunk> Chunk(Sentence sentence, int start, int end)
    {
        var tokens = sentence.Tokens;
        var chunks = new List<NameChunk>();
        var maxTokens = knowledge.LongestPhrase * 2 + 1;
        // The key of the longest span tried at a word, written once; each shorter length looks up a prefix of it.
        Span<char> key = stackalloc char[NameKey.StackLimit];
        Span<int> ends = stackalloc int[maxTokens];
        Span<int> keyLengths = stackalloc int[maxTokens];
        for (var p = start; p < end;)
        {
            // "J.K. "Bud" Tarrow": the quotes around a nickname inside a name join it as "-" does (QuotedNickname).
            if (IsJoiner(tokens, p) || QuotedNickname.IsQuoteAt(tokens, p))
            {
                chunks.Add(new NameChunk(p, p + 1, null, true, tokens[p].Text));
                p++;
                continue;
            }
            if (KnownByNickname(sentence, p, end) is { } nicknamed)
            {
                chunks.Add(nicknamed);
                p = nicknamed.End;
                continue;
            }
            NameChunk? found = null;
            var candidate = knowledge.StartsPhrase(tokens[p].Text);
            var longest = Math.Min(maxTokens, end - p);
            // A span longer than the stack key (never in practice) is keyed per length, as the look-up does.
            var keyed = candidate && tokens[p + longest - 1].End - tokens[p].Start <= NameKey.StackLimit;
            if (keyed)
            {
                for (var k = 0; k < longest; k++) ends[k] = tokens[p + k].End - tokens[p].Start;
                NameKey.WritePrefixes(sentence.Text.AsSpan(tokens[p].Start, ends[longest - 1]), key, ends[..longest], keyLengths);
            }
            for (var len = longest; candidate && len >= 1 && found is null; len--)
            {
                if (len > 1 && IsJoiner(tokens, p + len - 1) && tokens[p + len - 1].Text != ".") continue;
                // A span, not a substring, per length tried: the string is made only for the phrase found.
                var surface = sentence.Text.AsSpan(tokens[p].Start, tokens[p + len - 1].End - tokens[p].Start);
                var entries = keyed ? knowledge.LookupWritten(key[..keyLengths[len - 1]], surface) : knowledge.Lookup(surface);
                var entry = Best(PlaceContext.Admitted(entries, tokens, p, p + len, knowledge), surface);
                if (entry is not null) found = new NameChunk(p, p + len, entry, false, new string(surface));
            }
            // "King Hamad bin Isa Al Khalifa": a known short form ("King Hamad") gives way to a longer known name that starts
            // after its first word, which is then read alone (as the title it is).
            if (found is { Kind: GazetteerKind.Person } && found.End - p >= 2 && LongerPersonAt(sentence, p + 1, end, found.End) &&
                Best(knowledge.Lookup(tokens[p].Text), tokens[p].Text) is { } first)
                found = new NameChunk(p, p + 1, first, false, tokens[p].Text);
            found ??= FormalStateName(sentence, p, end) ?? new NameChunk(p, p + 1, null, false, tokens[p].Text);
            chunks.Add(found);
            p = found.End;
        }
        return chunks;
    }

    /// <summary>The nouns of a state's formal style: "the Republic of X", "the Kingdom of X", "the Sultanate of X".</summary>
    private static readonly FrozenSet<string> StateForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "Republic", "Kingdom", "Federation", "Commonwealth", "State", "Principality", "Sultanate", "Emirate", "Duchy", "Confederation",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Minister for External Relations of the Republic of Togo": a state's formal style followed by "of" and a known country
    /// names that country, whether or not the gazetteer lists the long form.
    /// </summary>
    private NameChunk? FormalStateName(Sentence sentence, int p, int end)
    {
        var tokens = sentence.Tokens;
        if (!StateForms.Contains(tokens[p].Text) || p + 2 >= end || tokens[p + 1].Lower != "of") return null;
        var at = tokens[p + 2].Lower == "the" ? p + 3 : p + 2;
        for (var len = Math.Min(knowledge.LongestPhrase * 2 + 1, end - at); len >= 1; len--)
        {
            var phrase = sentence.Text.AsSpan(tokens[at].Start, tokens[at + len - 1].End - tokens[at].Start);
            var country = FirstOfKind(knowledge.Lookup(phrase), GazetteerKind.Country);
            if (country is null) continue;
            if (IsShortWithLowerCase(phrase)) return null;
            return new NameChunk(p, at + len, country, false, sentence.Text[tokens[p].Start..tokens[at + len - 1].End]);
        }
        return null;
    }

    /// <summary>
    /// "Roland "Bud" Tarrow" where the knowledge lists "Bud Tarrow": a known person called by nickname and surname, told with a
    /// given name before the quoted nickname, is that known person under the whole name (see <see cref="QuotedNickname"/>).
    /// </summary>
    private NameChunk? KnownByNickname(Sentence sentence, int p, int end)
    {
        var tokens = sentence.Tokens;
        if (p + 1 >= end || QuotedNickname.SurnameAfter(tokens, p + 1) is var surname && (surname < 0 || surname >= end)) return null;
        for (var stop = Math.Min(end, surname + 3); stop > surname; stop--)
        {
            var nickname = sentence.Text.AsSpan(tokens[p + 2].Start, tokens[stop - 1].End - tokens[p + 2].Start);
            if (FirstOfKind(knowledge.Lookup(nickname), GazetteerKind.Person) is { } person)
                return new NameChunk(p, stop, person, false, sentence.Text[tokens[p].Start..tokens[stop - 1].End]);
        }
        return null;
    }

    private bool LongerPersonAt(Sentence sentence, int from, int end, int beyond)
    {
        var tokens = sentence.Tokens;
        for (var stop = Math.Min(end, from + knowledge.LongestPhrase * 2 + 1); stop > beyond; stop--)
            if (FirstOfKind(knowledge.Lookup(sentence.Text.AsSpan(tokens[from].Start, tokens[stop - 1].End - tokens[from].Start)), GazetteerKind.Person) is not null) return true;
        return false;
    }

    public static bool IsJoiner(List<Token> tokens, int i)
    {
        var t = tokens[i].Text;
        return t is "-" or "'s" or "’s" or "&" || t == "." || (!tokens[i].IsCapitalized && Lexicon.NameConnectors.Contains(t)) || ReduplicatedName.IsParticle(tokens, i) ||
               ConjoinedSurname.IsConjunction(tokens, i);
    }

    private static GazetteerEntry? Best(IReadOnlyList<GazetteerEntry> entries, ReadOnlySpan<char> surface)
    {
        if (entries.Count == 0) return null;
        foreach (var kind in Priority)
        {
            var entry = FirstOfKind(entries, kind);
            if (entry is null) continue;
            // Short forms (US, UN, ROK) only count in capitals, so "us" and "Un" stay words.
            if (kind != GazetteerKind.Honorific && kind != GazetteerKind.Title && IsShortWithLowerCase(surface)) continue;
            return entry;
        }
        return null;
    }

    // Loops of their own: this runs for every capitalised word, and the lambdas made a closure for each kind tried.
    private static GazetteerEntry? FirstOfKind(IReadOnlyList<GazetteerEntry> entries, GazetteerKind kind)
    {
        for (var k = 0; k < entries.Count; k++)
            if (entries[k].Kind == kind) return entries[k];
        return null;
    }

    /// <summary>At most three letters, one of them lower-case ("us", "Un").</summary>
    private static bool IsShortWithLowerCase(ReadOnlySpan<char> surface)
    {
        int letters = 0, lower = 0;
        foreach (var c in surface)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsLower(c)) lower++;
        }
        return letters <= 3 && lower > 0;
    }
}
