using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The envoy flew into Tamsa on Monday. In the capital he held talks with the president", "the two ministers met in the city
/// on Friday", "a ceremony in the northern harbour city": news names a town once and then takes it up again by its settlement
/// noun, so a meeting told with "in/to/at the (…) capital|city|town" and placed nowhere of its own is held in the town named
/// last before that phrase, in its own sentence or the few before it (pattern: a definite settlement noun retelling the town
/// just named). For "capital" the town must be a capital. Not "the city of X" or "the capital's …" (those name or own), not
/// "back to / returned to the capital" (a homecoming), not a sentence that names a town of its own, never a call.
/// Not the story's current gathering that the dateline places (its "city" is the dateline's town).
/// Runs after the meetings' own towns and venues, before the settings of the sentences before.
/// </summary>
internal static class TownRetoldByItsNoun
{
    public const string Rule = "the town named just before, taken up again as 'the capital' or 'the city'";

    /// <summary>How many sentences before the phrase the town may be named.</summary>
    private const int Reach = 4;

    /// <summary>How many lowercase words may describe the settlement between "the" and its noun ("the northern harbour city").</summary>
    private const int MaxDescribingWords = 2;

    private static readonly FrozenSet<string> Leads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "at", "visited", "reached",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before the lead that make the phrase a way home or away, not where the meeting is.</summary>
    private static readonly FrozenSet<string> Away = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "back", "returned", "returning", "return", "left", "leaving", "from", "outside", "near", "north", "south", "east", "west", "of",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may follow the noun when it closes the phrase ("in the capital on Friday", "in the city, where").</summary>
    private static readonly FrozenSet<string> Following = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "for", "with", "where", "and", "last", "this", "earlier", "later", "that", "when", "since", "after", "before",
        "during", "today", "yesterday", "tomorrow", "by", "to", "late", "early", "over", "as", "while", "until", "but", "then",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Apply(IReadOnlyList<Meeting> meetings, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence,
        Func<Mention, bool> isTown, Func<Mention, bool> isCapital, IReadOnlySet<Meeting>? placedByDateline)
    {
        foreach (var meeting in meetings)
        {
            if (meeting.Kind == MeetingKinds.PhoneCall || meeting.Places.Any(p => p.EntityId is not null)) continue;
            // The story's own gathering, filed from where it happens: "the city" is the dateline's town ("met in the city on
            // Friday" under "HELSINKI, May 2 -"), not the town the sentence before named.
            if (placedByDateline is not null && placedByDateline.Contains(meeting)) continue;
            foreach (var index in meeting.Mentions.Select(x => x.Sentence.Index).Distinct().Order())
            {
                var sentenceMentions = mentionsBySentence[index];
                // A sentence that names a town of its own says where it is; "the city" may be another one.
                if (sentenceMentions.Any(p => p is { Kind: MentionKind.Place, EntityId: not null } && isTown(p))) continue;
                var tokens = meeting.Mentions.First(x => x.Sentence.Index == index).Sentence.Tokens;
                if (Phrase(tokens) is not { } noun) continue;
                if (Antecedent(mentionsBySentence, index, noun == "capital", isTown, isCapital) is not { } town) continue;
                meeting.Places.Add(town);
                meeting.PlaceRules[town] = Rule;
                break;
            }
        }
    }

    /// <summary>The settlement noun of the one "in/to/at the (…) capital|city|town" of the sentence, or null.</summary>
    private static string? Phrase(List<Token> tokens)
    {
        string? found = null;
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!Leads.Contains(tokens[k].Text) || tokens[k + 1].Lower != "the") continue;
            if (k > 0 && Away.Contains(tokens[k - 1].Text)) continue;
            var j = k + 2;
            while (j < tokens.Count && j - (k + 2) < MaxDescribingWords && tokens[j].IsWord && !tokens[j].IsCapitalized && !IsNoun(tokens[j].Lower)) j++;
            if (j >= tokens.Count || !IsNoun(tokens[j].Lower) || tokens[j].IsCapitalized) continue;
            // "the city of Tamsa", "the capital's mayor", "the capital Tamsa", "the city centre": a name or another noun follows.
            if (j + 1 < tokens.Count && tokens[j + 1].IsWord && !Following.Contains(tokens[j + 1].Text) || j + 1 < tokens.Count && tokens[j + 1].Text is "'s" or "’s" or "'" or "’") continue;
            if (found is not null) return null;
            found = tokens[j].Lower;
        }
        return found;
    }

    private static bool IsNoun(string lower) => lower is "capital" or "city" or "town";

    /// <summary>The last known town named before the phrase's sentence (or in it), within reach; a capital for "the capital".</summary>
    private static Mention? Antecedent(IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, int index, bool capital,
        Func<Mention, bool> isTown, Func<Mention, bool> isCapital)
    {
        for (var i = index - 1; i >= 0 && index - i <= Reach; i--)
        {
            var towns = mentionsBySentence[i].Where(p => p is { Kind: MentionKind.Place, EntityId: not null, Iso2: not null } && isTown(p) && !NotAVenue.Of(p)).ToList();
            if (towns.Count == 0) continue;
            var last = towns.MaxBy(p => p.TokenStart)!;
            return !capital || isCapital(last) ? last : null;
        }
        return null;
    }
}
