using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "The talks opened at the Arusha International Conference Centre ... The accord was signed at the conference centre
/// on Friday", "dinner at the Mohammed VI Palace ... the leaders met again in the palace": news names a venue once in full
/// and then tells the next events there by its common noun alone. A definite "the [modifiers] palace/hotel/centre/..." that
/// is no part of a longer name refers to the one venue named earlier in the article whose name has that noun, and stands
/// as a mention of that venue (pattern: a definite venue noun taking up the venue named before). Two earlier venues with
/// that noun leave it unread.
/// </summary>
internal static class DefiniteVenueNoun
{
    public const string Rule = "definite venue noun taking up the one venue of that noun named earlier";

    /// <summary>The closed class of nouns heading the name of a building, a compound or a seat.</summary>
    private static readonly HashSet<string> VenueNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "palace", "hotel", "centre", "center", "hall", "guesthouse", "residence", "house", "building", "buildings", "ministry",
        "headquarters", "embassy", "villa", "resort", "estate", "castle", "fort", "fortress", "lodge", "chancery", "chancellery",
        "parliament", "mansion", "manor", "pavilion", "auditorium", "complex", "retreat", "compound", "palazzo",
        "stadium", "arena", "cathedral", "abbey", "citadel", "chateau", "château", "hacienda", "ranch", "museum",
    };

    /// <summary>How many lowercase words may stand between "the" and the noun ("the new conference centre").</summary>
    private const int MaxModifiers = 2;

    public static List<Mention> Apply(IReadOnlyList<Sentence> sentences, IReadOnlyList<List<Mention>> bySentence, EntityRegistry registry)
    {
        var added = new List<Mention>();
        // The venues named so far, in order: (entity id, the words of its names, lowercase).
        var named = new List<(Mention Mention, HashSet<string> Words)>();
        foreach (var sentence in sentences)
        {
            if (sentence.Index >= bySentence.Count) break;
            var mentions = bySentence[sentence.Index];
            var tokens = sentence.Tokens;
            var found = new List<Mention>();
            for (var i = 0; i < tokens.Count - 1; i++)
            {
                if (tokens[i].Lower != "the") continue;
                var head = HeadAfter(tokens, i);
                if (head < 0) continue;
                if (ReadOver(mentions, i, head)) continue;
                var noun = Normal(tokens[head].Lower == "house" && tokens[head - 1].Lower == "guest" ? "guesthouse" : tokens[head].Lower);
                Mention? venue = null;
                var several = false;
                foreach (var (m, words) in named)
                {
                    if (m.Sentence.Index == sentence.Index && m.TokenStart > i || !words.Contains(noun)) continue;
                    if (venue is null) venue = m;
                    else if (venue.EntityId != m.EntityId) several = true;
                }
                if (venue is null || several) continue;
                found.Add(new Mention
                {
                    Kind = MentionKind.Place, Sentence = sentence, TokenStart = i + 1, TokenEnd = head + 1,
                    Surface = venue.Surface, Canonical = venue.Canonical, Iso2 = venue.Iso2, Rule = Rule, EntityId = venue.EntityId,
                });
            }
            foreach (var m in mentions)
                if (m.Kind == MentionKind.Place && m.EntityId is not null && registry.Get(m.EntityId) is { } e && WordsOf(e, m) is { Count: > 0 } words)
                    named.Add((m, words));
            if (found.Count == 0) continue;
            bySentence[sentence.Index].AddRange(found);
            bySentence[sentence.Index].Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
            added.AddRange(found);
        }
        return added;
    }

    /// <summary>Whether a mention is read over any token from <paramref name="the"/> to <paramref name="head"/> (a helper, not a
    /// lambda in the loop: a closure over the loop's locals was made for every token).</summary>
    private static bool ReadOver(List<Mention> mentions, int the, int head) => mentions.Exists(m => m.TokenStart <= head && m.TokenEnd > the);

    /// <summary>Index of the venue noun of "the [modifiers] noun" at <paramref name="the"/>, when it ends the phrase; else -1.</summary>
    private static int HeadAfter(List<Token> tokens, int the)
    {
        for (var k = the + 1; k <= the + 1 + MaxModifiers && k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.IsCapitalized) return -1;
            if (!VenueNouns.Contains(t.Text) || k + 1 < tokens.Count && VenueNouns.Contains(tokens[k + 1].Text) && !tokens[k + 1].IsCapitalized) continue;
            // "in the city centre", "the town center": the middle of a town, not a building.
            if (t.Lower is "centre" or "center" && tokens[k - 1].Lower is "city" or "town") return -1;
            // "the palace of the Republic", "the hotel Metropol", "the house rules": no part of a name, nor a modifier of another noun;
            // "the palace's Rizal Hall": the possessive leads to a part of the building, a venue of its own.
            if (k + 1 < tokens.Count && (tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord && Months.ParseWeekday(tokens[k + 1].Text) is null ||
                                         tokens[k + 1].Lower is "of" or "'s" or "’s" or "'" or "’" || tokens[k + 1].Text is "-")) return -1;
            if (k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && !IsPhraseEnd(tokens[k + 1].Lower)) return -1;
            return k;
        }
        return -1;
    }

    /// <summary>Words that may follow a noun phrase's head: prepositions, conjunctions, verbs' auxiliaries and relatives.</summary>
    private static bool IsPhraseEnd(string lower) => lower is "on" or "in" or "at" or "for" or "with" or "where" or "which" or "that" or "and" or "or"
        or "but" or "was" or "is" or "were" or "had" or "has" or "to" or "from" or "by" or "after" or "before" or "during" or "until" or "when"
        or "while" or "as" or "last" or "this" or "next" or "early" or "late" or "later" or "earlier" or "itself" or "shortly" or "overlooking"
        or "near" or "outside" or "inside" or "under" or "over" or "since" or "because" or "between" or "among" or "amid" or "built" or "designed"
        or "opened" or "named" or "hosted" or "housed" or "hosting" or "who" or "whose";

    /// <summary>The venue nouns of a place's names, lowercase; null when it has none, as most places (cities, countries) do,
    /// so no set is made for them.</summary>
    private static HashSet<string>? WordsOf(ExtractedEntity entity, Mention m)
    {
        HashSet<string>? words = null;
        foreach (var name in entity.Aliases.Append(entity.Name).Append(m.Surface))
            foreach (var w in name.Split(' ', '-', ','))
                if (VenueNouns.Contains(w)) (words ??= []).Add(Normal(w.ToLowerInvariant()));
        return words;
    }

    private static string Normal(string noun) => noun switch
    {
        "center" => "centre",
        "buildings" => "building",
        "chancellery" => "chancery",
        "château" => "chateau",
        _ => noun,
    };
}
