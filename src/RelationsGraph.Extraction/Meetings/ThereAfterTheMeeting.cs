using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "His tour took him to Velmora, and on Friday he held talks there with the premier", "flew in from Ostrava after talks
/// there with the president", "It was there that the two envoys signed the truce": the adverb "there" right after a meeting's
/// words (or in a cleft "It was there that") points back at the last place named with "in", "at", "to" or "from" earlier in
/// the sentence, or else in the sentence before (pattern: "there" standing for the place just named). Unlike a sentence-opening
/// "There" (see <see cref="ThereOpening"/>) it places a recalled meeting too: the adverb itself says where. The existential
/// "there is", "there were" points at nothing.
/// </summary>
internal static class ThereAfterTheMeeting
{
    public const string Note = "'there' after the meeting's words: the place just named";

    /// <summary>How many words may stand between the meeting's words and "there" ("signed the pact there").</summary>
    private const int MaxGap = 3;

    private static readonly FrozenSet<string> Leads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "in", "at", "to", "from" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "there" that make it existential or a pronoun subject ("there were", "there is to be").</summary>
    private static readonly FrozenSet<string> Existential = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "may", "might", "could", "should",
        "must", "can", "seems", "seemed", "remains", "remained", "appears", "appeared", "exists", "existed", "'s", "’s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Apply(IEnumerable<MeetingMention> mentions, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence)
    {
        foreach (var m in mentions)
        {
            if (m.Places.Count > 0 || m.Kind == MeetingKinds.PhoneCall) continue;
            var there = ThereIndex(m);
            if (there < 0) continue;
            var place = LastLedPlace(m.Sentence, mentionsBySentence[m.Sentence.Index], there)
                        ?? (m.Sentence.Index > 0 ? LastLedPlace(sentences[m.Sentence.Index - 1], mentionsBySentence[m.Sentence.Index - 1], int.MaxValue) : null);
            if (place is null) continue;
            m.Places.Add(place);
            m.Notes.Add(Note);
        }
    }

    /// <summary>The index of a pointing "there" after the meeting's words or in a cleft opening the sentence, or -1.</summary>
    private static int ThereIndex(MeetingMention m)
    {
        var tokens = m.Sentence.Tokens;
        // "It was there that ...": the cleft puts the place first, the meeting after it.
        if (tokens.Count > 4 && tokens[0].Lower == "it" && tokens[1].Lower == "was" && tokens[2].Lower == "there" && tokens[3].Lower == "that" && m.TokenStart > 3)
            return 2;
        for (var k = m.TokenEnd; k < tokens.Count && k <= m.TokenEnd + MaxGap; k++)
        {
            if (!tokens[k].IsWord) return -1;
            if (tokens[k].Lower != "there") continue;
            if (k + 1 < tokens.Count && Existential.Contains(tokens[k + 1].Text)) return -1;
            return k;
        }
        return -1;
    }

    /// <summary>The last known place before <paramref name="before"/> in the sentence that a locative or "to"/"from" leads.</summary>
    private static Mention? LastLedPlace(Sentence sentence, IReadOnlyList<Mention> mentions, int before) =>
        mentions
            .Where(p => p.Kind == MentionKind.Place && p.EntityId is not null && !p.IsGovernment && !NotAVenue.Of(p) && p.TokenStart < before)
            .Where(p => PlaceLead.IndexBefore(sentence.Tokens, p.TokenStart) is var lead && lead >= 0 && Leads.Contains(sentence.Tokens[lead].Text))
            .OrderBy(p => p.TokenStart).LastOrDefault();
}
