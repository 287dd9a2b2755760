using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two sides signed five memoranda during the visit", "a declaration adopted at the end of the summit", "a joint
/// statement issued after their talks": a sentence that concludes a document may point back to a gathering already told
/// by a preposition of time and a meeting noun, without naming it again (the pattern: the product of a meeting is told
/// after the meeting). Finds that phrase and the held gathering of the story it points to.
/// </summary>
internal static class MeetingReferredBack
{
    private static readonly FrozenSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "during", "at", "after", "following", "on", "of", "in" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "their", "this", "his", "her", "its", "that", "our" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind of meeting noun a back-reference in <paramref name="sentence"/> names, or null when it names none.</summary>
    public static string? KindReferredTo(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            var kind = MeetingKinds.KindOf(tokens[i].Lower, capitalized: true);
            if (kind is null || kind == MeetingKinds.PhoneCall || kind == MeetingKinds.Reception || kind == MeetingKinds.Speech) continue;
            // "the visit", "their talks", "Tuesday's meeting", "all-night talks": up to three modifiers after the preposition.
            var k = i - 1;
            while (k >= 0 && i - k <= 4 && (tokens[k].IsWord && !tokens[k].IsCapitalized || tokens[k].Text == "-") && !Prepositions.Contains(tokens[k].Text) && !Determiners.Contains(tokens[k].Text) && tokens[k].Lower is not ("a" or "an")) k--;
            // "at a ceremony", "during a visit": an indefinite gathering is a new one, not one told before.
            if (k >= 0 && tokens[k].Lower is "a" or "an") continue;
            // "leaders closed the continent's first climate summit by adopting the declaration": the gathering a closing verb
            // ends is the one whose product the sentence tells (the pattern: what is adopted in closing a meeting is its product).
            if (ClosedByVerb(tokens, i)) return kind;
            if (k >= 0 && Determiners.Contains(tokens[k].Text)) k--;
            else if (k >= 1 && tokens[k].Text is "'s" or "’s")
            {
                // "after Tuesday's meeting", "during Prime Minister Modi's visit": a possessor of up to four capitalised words.
                k--;
                var first = k;
                while (k >= 0 && first - k < 4 && tokens[k].IsCapitalized && tokens[k].IsWord) k--;
            }
            if (k < 0 || !Prepositions.Contains(tokens[k].Text)) continue;
            // "a day after their retreat", "weeks after the summit": another day than the gathering's.
            if (tokens[k].Lower == "after" && k > 0 && tokens[k - 1].Lower is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years") continue;
            // "on" and "of" lead only from "on the sidelines of", "at the end of", "in the course of" and the like.
            if (tokens[k].Lower is "on" or "of" or "in" && !(tokens[k].Lower == "of" && k >= 2 && tokens[k - 1].Lower is "end" or "close" or "sidelines" or "margins" or "course" or "conclusion")) continue;
            return kind;
        }
        return null;
    }

    private static readonly FrozenSet<string> ClosingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "closed", "ended", "concluded", "wrapped", "capped" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"closed the summit", "wrapped up their two-day summit", "ended the continent's first climate summit": a closing
    /// verb up to six words before the meeting noun, with no clause break between.</summary>
    private static bool ClosedByVerb(List<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 6); k--)
        {
            if (tokens[k].Text is "," or ";" or ":" || Prepositions.Contains(tokens[k].Text)) return false;
            if (ClosingVerbs.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// The held gathering of that kind told last up to <paramref name="sentence"/>, among <paramref name="held"/>; when none
    /// was told before it, the only one of that kind the story holds (the gathering named in this sentence, told in full later).
    /// </summary>
    public static Meeting? Find(Sentence sentence, IEnumerable<Meeting> held)
    {
        if (KindReferredTo(sentence) is not { } kind) return null;
        var fitting = held.Where(m => Fits(kind, m.Kind)).ToList();
        return fitting
            .Where(m => m.Mentions.Any(x => x.Sentence.Index <= sentence.Index))
            .OrderByDescending(m => m.Mentions.Where(x => x.Sentence.Index <= sentence.Index).Max(x => x.Sentence.Index))
            .ThenByDescending(m => m.Mentions.Count)
            .FirstOrDefault() ?? (fitting.Count == 1 ? fitting[0] : null);
    }

    /// <summary>"the summit" is a summit or conference, "the visit" a visit, "the talks" or "the meeting" any encounter, "the ceremony" a signing.</summary>
    private static bool Fits(string noun, string kind) => noun switch
    {
        MeetingKinds.Summit or MeetingKinds.Conference => kind is MeetingKinds.Summit or MeetingKinds.Conference,
        MeetingKinds.Visit => kind is MeetingKinds.Visit,
        MeetingKinds.Ceremony => kind is MeetingKinds.Signing,
        _ => kind is MeetingKinds.Talks or MeetingKinds.Summit or MeetingKinds.Visit or MeetingKinds.Signing or MeetingKinds.Conference,
    };
}
