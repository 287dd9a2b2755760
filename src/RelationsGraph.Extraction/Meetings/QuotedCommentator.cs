using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "'A trade fair will be the high point of the visit,' the president's spokeswoman X said", "'This summit sets a precedent,'
/// Y, a professor of law, told the radio", "'Energy will lead the talks,' Z added": a spokesperson or an outside commentator
/// quoted about a gathering describes it for the press and is not one of the people at it (pattern: the attributed speaker of a
/// quote is the story's voice, not a participant, when the speaker is someone who talks for others or about them).
/// The speaker stays when the quote speaks in the first person ("we met", "our talks"), and when the story never introduces
/// the speaker as a spokesperson or commentator (a minister quoted on talks is usually at them).
/// </summary>
internal static class QuotedCommentator
{
    private static readonly FrozenSet<string> TellingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adds", "explained", "noted", "stressed", "argued", "wrote", "stated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FirstPerson = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "our", "ours", "us", "my", "me", "i'm", "we're", "we've", "i've", "we'll", "i'll",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The nouns that introduce someone who speaks about the events of others: a spokesperson, an analyst, a scholar.</summary>
    private static readonly FrozenSet<string> CommentatorNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "professor", "analyst", "commentator", "researcher", "scholar", "lecturer",
        "expert", "economist", "historian", "observer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Apply(List<MeetingMention> mentions, IReadOnlyList<IReadOnlyList<Mention>> bySentence)
    {
        HashSet<string>? commentators = null;
        foreach (var m in mentions)
        {
            if (m.Participants.Count == 0) continue;
            var tokens = m.Sentence.Tokens;
            if (QuoteAround(tokens, m) is not { } quote) continue;
            if (Enumerable.Range(quote.Open + 1, quote.Close - quote.Open - 1).Any(k => FirstPerson.Contains(tokens[k].Text))) continue;
            if (Speaker(tokens, bySentence[m.Sentence.Index], quote.Close) is not { EntityId: { } id } || !m.Participants.ContainsKey(id)) continue;
            commentators ??= Commentators(bySentence);
            if (!commentators.Contains(id)) continue;
            m.Participants.Remove(id);
            m.ObjectIds.Remove(id);
            m.Notes.Add("quoted commentator: the speaker of the quote is not at the gathering");
        }
    }

    /// <summary>The quotation marks around the gathering's words, when they are in a quote.</summary>
    private static (int Open, int Close)? QuoteAround(List<Token> tokens, MeetingMention m)
    {
        var open = -1;
        for (var k = 0; k < m.TokenStart; k++)
            if (IsQuote(tokens[k])) open = open < 0 ? k : -1;
        if (open < 0) return null;
        for (var k = m.TokenEnd; k < tokens.Count; k++)
            if (IsQuote(tokens[k])) return (open, k);
        return null;
    }

    private static bool IsQuote(Token t) => t.Text is "\"" or "\u201c" or "\u201d";

    /// <summary>
    /// The person the quote is credited to right after it closes: "...,' X said", "...,' the spokesman X told ...", "...,' X, an
    /// analyst, said", "...,' said X".
    /// </summary>
    private static Mention? Speaker(List<Token> tokens, IReadOnlyList<Mention> mentions, int close)
    {
        // "...,' the host's spokeswoman X said": a possessor in the title comes first; the speaker is the one the verb follows.
        foreach (var person in mentions.Where(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart > close && p.TokenStart - close <= 8)
                     .OrderBy(p => p.TokenStart))
            if (IsSpeaker(tokens, person, close)) return person;
        return null;
    }

    private static bool IsSpeaker(List<Token> tokens, Mention person, int close)
    {
        var k = close + 1;
        var verbFirst = k < tokens.Count && TellingVerbs.Contains(tokens[k].Text);
        if (verbFirst) k++;
        // Between the quote and the name only the speaker's title: capitalised words, "the", "'s" ("the President's spokeswoman").
        for (; k < person.TokenStart; k++)
            if (!(tokens[k].IsCapitalized || tokens[k].Lower is "the" or "a" or "'s" or "’s" or "-" || CommentatorNouns.Contains(tokens[k].Text))) return false;
        if (verbFirst) return true;
        var v = person.TokenEnd;
        if (v < tokens.Count && tokens[v].Text == ",")
        {
            var j = v + 1;
            while (j < tokens.Count && j - v <= 14 && tokens[j].Text != ",")
            {
                if (tokens[j].Lower is "who" or "whom" or "whose" or "which" || IsQuote(tokens[j])) return false;
                j++;
            }
            if (j >= tokens.Count || tokens[j].Text != ",") return false;
            v = j + 1;
        }
        while (v < tokens.Count && tokens[v].Lower is "also" or "later" or "then") v++;
        return v < tokens.Count && TellingVerbs.Contains(tokens[v].Text);
    }

    /// <summary>
    /// The people the story introduces as spokespeople or commentators: by a title ("spokesman X", "X, the ministry's
    /// spokesman") or by an apposition after a name ("X, professor at ...", "Y, an analyst with ...").
    /// </summary>
    private static HashSet<string> Commentators(IReadOnlyList<IReadOnlyList<Mention>> bySentence)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mentions in bySentence)
            foreach (var p in mentions)
            {
                if (p.Kind != MentionKind.Person || p.EntityId is null) continue;
                if (p.Title is { } title && title.Split(' ', '-').Any(CommentatorNouns.Contains)) { ids.Add(p.EntityId); continue; }
                var tokens = p.Sentence.Tokens;
                var k = p.TokenEnd;
                if (k + 1 >= tokens.Count || tokens[k].Text != ",") continue;
                k++;
                if (tokens[k].Lower is "a" or "an" or "the") k++;
                // "X, a senior analyst", "Y, the foreign ministry's spokesman": a few modifiers before the noun.
                for (var j = k; j < tokens.Count && j - k <= 4 && tokens[j].Text is not ("," or "." or ";"); j++)
                    if (CommentatorNouns.Contains(tokens[j].Text)) { ids.Add(p.EntityId); break; }
            }
        return ids;
    }
}
