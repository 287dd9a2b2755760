using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Spokesman X confirmed that the two leaders would meet", "Y said the talks had gone well", "the accord was signed by A and B,
/// minister Z wrote on social media": the one who tells of a gathering, in a reported clause that holds the gathering, is the
/// story's source, not one of the people at it (pattern: the subject of a verb of telling is outside the event it reports).
/// The teller stays when the reported clause speaks of the teller ("X said he had met Y", "we agreed"), when the gathering
/// is in the teller's own quoted words, and when the telling is placed at the gathering ("said at the summit that ...").
/// Only a teller named with an office of their own is read so, and never a head of state or government, who speaks for a side.
/// </summary>
internal static class ToldOfTheEvent
{
    private static readonly FrozenSet<string> TellingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "announced", "announces", "confirmed", "confirms", "wrote", "writes", "tweeted",
        "posted", "stated", "disclosed", "revealed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words between the subject and its verb: "X also said", "Y had earlier confirmed".
    private static readonly FrozenSet<string> VerbFillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "earlier", "has", "had", "have", "then", "again", "separately",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The press as a told audience: "told reporters that ...", "told a news conference".
    private static readonly FrozenSet<string> Audience = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "correspondents", "media", "press", "the", "a", "news", "conference", "briefing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that set the telling at a gathering: "said at the summit", "told reporters after the talks".
    private static readonly FrozenSet<string> SettingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "at", "after", "following", "during", "before", "ahead", "while", "when", "on", "in", "from", "afterwards", "sidelines", "margins",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words inside the telling's own clause that set it at the gathering: "announced the decision at the close of the summit".
    private static readonly FrozenSet<string> Presence = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "at", "after", "following", "during", "before", "ahead", "while", "when", "sidelines", "margins", "afterwards",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The teller's own part in the reported clause.
    private static readonly FrozenSet<string> SelfWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "him", "his", "her", "i", "me", "my", "we", "us", "our", "their",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Title words that may stand before a trailing teller: ", Kremlin spokesman X said".
    private static readonly FrozenSet<string> TitleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "'s", "’s", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official", "minister",
        "secretary", "chief", "presidential", "press", "deputy", "senior", "foreign", "ambassador", "envoy", "top", "government",
        "president", "prime", "general", "director", "mr", "mrs", "ms", "dr", ".",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person is the teller of a clause that holds the gathering, and nothing in it places the teller there.</summary>
    public static bool Applies(List<Token> tokens, Mention person, MeetingMention m)
    {
        // Only a teller introduced by an office of their own ("spokesman X", "Trade Minister Y") is read as the story's source:
        // a bare name may be a principal named before.
        if (person.Title is null || InsideAQuote(tokens, m.TokenStart) || IsLeader(person)) return false;
        if (person.TokenEnd <= m.TokenStart) return TellsAhead(tokens, person, m);
        if (person.TokenStart >= m.TokenEnd) return ToldAfter(tokens, person, m);
        return false;
    }

    /// <summary>
    /// "President X announced that the talks had ended": a head of state or government who tells of talks speaks for a side of
    /// them and is usually at them; only other tellers (spokespeople, ministers, officials, envoys) are kept off.
    /// </summary>
    private static bool IsLeader(Mention person)
    {
        return person.Title is { } title && LeaderTitle.IsHeadOfStateOrGovernment(title);
    }

    /// <summary>"X said (that) ... talks ...": the gathering stands in the clause the person's verb of telling reports.</summary>
    private static bool TellsAhead(List<Token> tokens, Mention person, MeetingMention m)
    {
        var v = VerbAfter(tokens, person.TokenEnd, m.TokenStart);
        if (v is null) return false;
        var k = v.Value + 1;
        if (tokens[v.Value].Lower is "told" or "tells")
        {
            // "told reporters that ...": only the press as audience; "told the delegates", "told Y at the talks" may place the teller there.
            var a = k;
            while (a < m.TokenStart && Audience.Contains(tokens[a].Text)) a++;
            if (a == k || tokens[a - 1].Lower is "the" or "a" or "news") return false;
            k = a;
        }
        // "said on Thursday", "confirmed late on Friday": the time of the telling.
        k = PastTimeOfTelling(tokens, k, m.TokenStart);
        if (k >= m.TokenStart || SettingWords.Contains(tokens[k].Text)) return false;
        // The reported clause runs from k over the gathering; a word of the teller in it keeps the teller, and so does a word
        // that sets the telling itself at the gathering before any "that" opens the report ("announced the deal after talks at ...").
        var reported = false;
        for (var j = k; j < Math.Min(tokens.Count, m.TokenEnd + 4); j++)
        {
            if (tokens[j].Lower == "that") reported = true;
            if (!reported && j < m.TokenStart && Presence.Contains(tokens[j].Text)) return false;
            if (j >= m.TokenEnd && tokens[j].Text is "," or ";" or ".") break;
            if (SelfWords.Contains(tokens[j].Text)) return false;
            if (j < m.TokenStart && tokens[j].Text is ";" or "\"" or "“" or "”") return false;
        }
        return true;
    }

    /// <summary>"..., the talks were useful, X said.", "talks which X said would be held": the teller named after the gathering.</summary>
    private static bool ToldAfter(List<Token> tokens, Mention person, MeetingMention m)
    {
        var b = person.TokenStart - 1;
        while (b > m.TokenEnd && person.TokenStart - b <= 5 && (tokens[b].IsCapitalized || TitleWords.Contains(tokens[b].Text))) b--;
        if (b < m.TokenEnd || tokens[b].Text != "," && tokens[b].Lower is not ("which" or "that")) return false;
        var v = VerbAfter(tokens, person.TokenEnd, tokens.Count);
        if (v is null) return false;
        if (tokens[b].Text == ",")
        {
            // A trailing or parenthetical attribution is a short adjunct to the sentence's end or a comma: ", X said on Monday.",
            // ", Y wrote on social media"; a clause of its own after the verb ("X said he ...") is another report.
            var e = v.Value + 1;
            // "said the region was united" after the name is a report of its own, not an attribution of the clause before.
            if (e < tokens.Count && tokens[e].IsWord && tokens[e].Lower is not ("on" or "in" or "via" or "through" or "late" or "earlier" or "later" or
                    "yesterday" or "today" or "this" or "last" or "to")) return false;
            while (e < tokens.Count && tokens[e].Text is not ("." or "," or ";" or "!" or "?"))
            {
                // ", X confirmed at the closing news conference": the teller is at a gathering of the story too.
                if (e - v.Value > 6 || tokens[e].Lower == "that" || SelfWords.Contains(tokens[e].Text) || Presence.Contains(tokens[e].Text)) return false;
                e++;
            }
        }
        // The gathering's own clause must not speak in the teller's words: no quote between them.
        for (var j = m.TokenEnd; j < b; j++)
            if (tokens[j].Text is ";" or "\"" or "“" or "”") return false;
        return true;
    }

    /// <summary>Where the person's verb of telling stands right after the name (past an apposition and fillers), or null.</summary>
    private static int? VerbAfter(List<Token> tokens, int from, int limit)
    {
        var v = from;
        if (v < tokens.Count && tokens[v].Text == ",")
        {
            var close = -1;
            for (var j = v + 1; j < tokens.Count && j - v <= 14; j++)
            {
                if (tokens[j].Lower is "who" or "whom" or "whose" or "which" || tokens[j].Text is ";" or "(" or "\"" or "“") return null;
                if (tokens[j].Text == ",") { close = j; break; }
            }
            if (close < 0) return null;
            v = close + 1;
        }
        while (v < tokens.Count && VerbFillers.Contains(tokens[v].Text)) v++;
        return v < limit && v < tokens.Count && TellingVerbs.Contains(tokens[v].Text) ? v : null;
    }

    /// <summary>Past "on Thursday", "late on Friday", "in May", "this week" after the verb of telling.</summary>
    private static int PastTimeOfTelling(List<Token> tokens, int k, int limit)
    {
        while (k < limit)
        {
            if (tokens[k].Lower is "late" or "earlier" or "later" or "yesterday" or "today" or "also") { k++; continue; }
            if (tokens[k].Lower is "on" or "in" && k + 1 < limit && tokens[k + 1].IsCapitalized &&
                (tokens[k + 1].Text.EndsWith("day", StringComparison.Ordinal) || Months.Contains(tokens[k + 1].Text))) { k += 2; continue; }
            if (tokens[k].Lower is "this" or "last" && k + 1 < limit && tokens[k + 1].Lower is "week" or "month" or "morning" or "evening" or "weekend") { k += 2; continue; }
            break;
        }
        return k;
    }

    private static readonly FrozenSet<string> Months = new HashSet<string>(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool InsideAQuote(List<Token> tokens, int at)
    {
        var quotes = 0;
        for (var k = 0; k < at; k++)
            if (tokens[k].Text is "\"" or "\u201c" or "\u201d") quotes++;
        return quotes % 2 == 1;
    }
}
