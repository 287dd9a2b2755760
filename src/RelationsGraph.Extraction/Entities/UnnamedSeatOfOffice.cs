using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the leaders met at the presidential palace", "he was received at the prime minister's residence", "the ceremony was
/// held at the state guest house": news often places a gathering in the seat of an office without naming the building.
/// A lower-case "the [office word] [building noun]" after "at" or "in", with a word of a gathering shortly before, is the
/// venue of that gathering, a place named by the phrase itself ("presidential palace") (pattern: an unnamed seat of
/// office or state as a meeting's venue). Without the gathering ("a director in the president's office") it stays unread.
/// </summary>
internal static class UnnamedSeatOfOffice
{
    public const string Rule = "unnamed seat of an office where a gathering takes place ('at the presidential palace')";

    /// <summary>A place read by this rule: a venue that never names its town, so the meeting held there is placed in its town too.</summary>
    public static bool Is(Mention place) => place.Rule == Rule;

    /// <summary>Lower-case words that make a building the seat of an office or of the state.</summary>
    private static readonly FrozenSet<string> OfficeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        // Not "government": "the government guesthouse" is as often a host's lodging for guests as the seat of an office.
        "presidential", "royal", "state", "imperial",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Offices whose holder's seat is told with a possessive ("the prime minister's residence").</summary>
    private static readonly FrozenSet<string> Holders = new HashSet<string>(StringComparer.Ordinal)
    {
        "president", "minister", "king", "emir", "governor", "chancellor", "premier",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Buildings that serve as an office's seat.</summary>
    private static readonly FrozenSet<string> Buildings = new HashSet<string>(StringComparer.Ordinal)
    {
        "palace", "villa", "residence", "guesthouse", "mansion", "lodge",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far before the preposition the word of a gathering may stand.</summary>
    private const int Reach = 8;

    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        // The building nouns of the venues the article names ("Miraflores Palace"): "the presidential palace" is then that venue
        // told again (see DefiniteVenueNoun), not a second one.
        var namedNouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mentions in bySentence)
            foreach (var m in mentions)
                if (m.Kind == MentionKind.Place)
                    foreach (var word in m.Surface.Split(' '))
                        if (word.Length > 1 && char.IsUpper(word[0]) && Buildings.Contains(word.ToLowerInvariant())) namedNouns.Add(word.ToLowerInvariant());
        for (var s = 0; s < bySentence.Count && s < sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            List<Mention>? changed = null;
            for (var i = 1; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].Lower != "the" || tokens[i - 1].Lower is not ("at" or "in" or "inside")) continue;
                var end = SeatEnd(tokens, i + 1);
                if (end < 0 || namedNouns.Contains(tokens[end - 1].Text) || !GatheringBefore(tokens, i - 1)) continue;
                var list = changed ?? bySentence[s];
                // "the prime minister's residence": the office named without a name gives way to the building it owns.
                if (ReadOverOtherThanAnOffice(list, i + 1, end)) continue;
                list = WithoutReadingsOver(list, i + 1, end);
                var sentence = sentences[s];
                var surface = sentence.Text[tokens[i + 1].Start..tokens[end - 1].End];
                changed = [.. list, new Mention
                {
                    Kind = MentionKind.Place, Sentence = sentence, TokenStart = i + 1, TokenEnd = end,
                    Surface = surface, Rule = Rule,
                }];
                changed.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
            }
            if (changed is not null) bySentence[s] = changed;
        }
        return bySentence;
    }

    /// <summary>The end of "[office word] building" or "[holder] 's building" at <paramref name="k"/>, when it closes the phrase; else -1.</summary>
    private static int SeatEnd(List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || tokens[k].IsCapitalized) return -1;
        int head;
        if (OfficeWords.Contains(tokens[k].Text)) head = k + 1;
        else if (Holders.Contains(tokens[k].Text) && k + 2 < tokens.Count && tokens[k + 1].Text is "'s" or "’s") head = k + 2;
        else if (tokens[k].Text == "prime" && k + 3 < tokens.Count && tokens[k + 1].Text == "minister" && tokens[k + 2].Text is "'s" or "’s") head = k + 3;
        else return -1;
        if (head >= tokens.Count) return -1;
        var end = head + 1;
        // "the state guest house": the building noun in two words.
        if (tokens[head].Text == "guest" && end < tokens.Count && tokens[end].Text == "house") end++;
        else if (!Buildings.Contains(tokens[head].Text)) return -1;
        // "the presidential palace of Malabo", "the royal palace grounds": part of a longer name or a modifier of another noun;
        // "the royal palace at Veldora": a palace placed by its town with "at" is the town's own (often historic) palace, told by the town.
        if (end < tokens.Count && tokens[end].IsWord && (tokens[end].Lower is "of" or "at" or "grounds" or "complex" or "gardens" || tokens[end].IsCapitalized)) return -1;
        return end;
    }

    private static bool GatheringBefore(List<Token> tokens, int preposition)
    {
        for (var k = preposition - 1; k >= 0 && k >= preposition - Reach; k--)
        {
            if (tokens[k].Text is ";" or ":" or ".") break;
            if (InstitutionAsVenue.GatheringWords.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    // The two below are helpers, not lambdas in the loop: a closure over the loop's locals was made for every token.

    /// <summary>Whether a reading over [<paramref name="start"/>, <paramref name="end"/>) is anything but an office named inside the phrase.</summary>
    private static bool ReadOverOtherThanAnOffice(IReadOnlyList<Mention> list, int start, int end) =>
        list.Any(m => m.TokenStart < end && m.TokenEnd > start && !(m.IsNominal && m.TokenStart >= start - 1 && m.TokenEnd < end));

    /// <summary>The readings that do not overlap [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static List<Mention> WithoutReadingsOver(IReadOnlyList<Mention> list, int start, int end) =>
        list.Where(m => !(m.TokenStart < end && m.TokenEnd > start)).ToList();
}
