using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "exchanged three memoranda of understanding, on fisheries, on tourism, and on customs": a plural of documents followed
/// at once by topics that each open with their own "on" lists one document per topic (the pattern: the preposition repeated
/// before each item distributes the plural; "memoranda on fisheries, tourism and customs", with a single "on", stays one
/// document, and topics that do not follow the noun directly are not its items; "the protocols on X, on Y" points back to
/// parts of a document told, so a definite plural is left alone). Each "on" opens a document mention whose
/// kind is the plural noun's and whose topic is the item, made when the plural is made.
/// </summary>
internal static class TopicItemsOfAPlural
{
    /// <summary>How far an item may run before the next item's "on".</summary>
    private const int ItemReach = 16;

    /// <summary>Words of making a set of documents before the plural: "signed", "the exchange of", "the signing of".</summary>
    private static readonly FrozenSet<string> MakingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "sign", "signing", "exchange", "exchanged", "concluded", "adopted", "inked", "initialled", "initialed",
        "agreed", "reached", "sealed", "struck",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The singular kind word of a plural document noun.</summary>
    public static string Singular(string plural) => plural.ToLowerInvariant() switch
    {
        "memoranda" or "memorandums" or "mous" => "memorandum",
        "treaties" => "treaty",
        var p => p.EndsWith('s') ? p[..^1] : p,
    };

    /// <summary>The kind of the documents a plural noun at <paramref name="noun"/> names, or null.</summary>
    public static string? KindOf(List<Token> tokens, int noun) => AgreementKinds.KindOf(Singular(tokens[noun].Text), null);

    /// <summary>"memoranda" or "memoranda of understanding": the last token of the plural phrase at <paramref name="noun"/>.</summary>
    public static int PhraseEnd(List<Token> tokens, int noun) =>
        noun + 2 < tokens.Count && tokens[noun + 1].Lower == "of" && tokens[noun + 2].Lower == "understanding" ? noun + 2 : noun;

    /// <summary>Whether the plural at <paramref name="noun"/> is followed by two or more items that each open with "on".</summary>
    public static bool HasItems(List<Token> tokens, int noun) => Items(tokens, noun).Count > 0;

    /// <summary>The "on" tokens of the plural's items, or an empty list when it lists fewer than two.</summary>
    private static List<int> Items(List<Token> tokens, int noun)
    {
        var items = new List<int>();
        var k = PhraseEnd(tokens, noun) + 1;
        if (k < tokens.Count && tokens[k].Text == ",") k++;
        if (!OpensATopic(tokens, k)) return items;
        items.Add(k);
        while (true)
        {
            var next = -1;
            for (var j = k + 2; j < tokens.Count && j <= k + ItemReach; j++)
            {
                if (tokens[j].Text is "." or ";" or ":" or "—" or "–" or "(" or "?" or "!") break;
                if (OpensATopic(tokens, j) && tokens[j - 1].Lower is "," or "and") { next = j; break; }
            }
            if (next < 0) break;
            items.Add(next);
            k = next;
        }
        if (items.Count < 2) items.Clear();
        return items;
    }

    /// <summary>"the protocols on X, on Y": a definite plural points to documents told as parts of another, not new ones.</summary>
    private static bool Definite(List<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
        {
            if (tokens[k].Lower is "the" or "these" or "those" or "its" or "their") return true;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return false;
        }
        return false;
    }

    private static bool OpensATopic(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Lower == "on" && tokens[k + 1].IsWord && !Months.IsMonthOrWeekday(tokens[k + 1].Text);

    /// <summary>The plural noun whose item the "on" at <paramref name="i"/> opens, or -1.</summary>
    public static int PluralOf(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "on") return -1;
        for (var k = i - 1; k >= 0 && k >= i - 4 * ItemReach; k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "?" or "!") return -1;
            if (AgreementKinds.PluralDocumentNouns.Contains(tokens[k].Text) && !tokens[k].IsCapitalized && KindOf(tokens, k) is not null)
                return !Definite(tokens, k) && Items(tokens, k).Contains(i) ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// Where the item opened at <paramref name="on"/> ends when another item follows ("on energy and mining, and on ..."
    /// ends before ", and"), so a topic's own "and" stays in it; -1 for the last item.
    /// </summary>
    public static int ItemEnd(List<Token> tokens, int noun, int on)
    {
        var items = Items(tokens, noun);
        var at = items.IndexOf(on);
        if (at < 0 || at + 1 >= items.Count) return -1;
        var end = items[at + 1] - 1;
        while (end > on + 1 && tokens[end - 1].Lower is "," or "and") end--;
        return tokens[end].Lower is "," or "and" ? end : -1;
    }

    /// <summary>"memoranda of understanding": the plural phrase's text.</summary>
    public static string Phrase(Sentence sentence, int noun) => sentence.Text[sentence.Tokens[noun].Start..sentence.Tokens[PhraseEnd(sentence.Tokens, noun)].End];

    /// <summary>Whether the plural is made: a making word shortly before it in its clause, or it is a member of a made set.</summary>
    public static bool Made(List<Token> tokens, int noun, int phraseStart)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 14; k--)
        {
            if (tokens[k].Text is "." or ";" or ":") break;
            if (MakingWords.Contains(tokens[k].Text)) return true;
        }
        return ItemOfADocumentSet.Of(tokens, phraseStart) is { } set && ItemOfADocumentSet.Made(tokens, set);
    }
}
