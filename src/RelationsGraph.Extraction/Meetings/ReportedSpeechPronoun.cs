using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Marape said he had spoken to Biden by telephone": the pronoun right after a person's speech verb is that
/// person (pattern: reported speech, "X said (that) he/she had ..."). Only a pluperfect recounts an encounter:
/// "X said he hoped to build on Y's visit" puts X at nothing. Like <see cref="PronounSubject"/>, only meetings
/// read it: the pronoun becomes a participant, never an alias or a mention of the person.
/// </summary>
internal static class ReportedSpeechPronoun
{
    private static readonly FrozenSet<string> TimeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "late", "early", "last", "this", "earlier", "later", "week", "night", "morning", "afternoon", "evening", "yesterday", "today",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        List<Mention>? added = null;
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i].Text is not ("he" or "she") || i + 1 >= tokens.Count || tokens[i + 1].Lower != "had") continue;
            var verb = tokens[i - 1].Lower == "that" ? i - 2 : i - 1;
            // "Trump said on Saturday he had spoken ...": a time phrase may stand between the verb and the reported clause.
            while (verb >= 1 && i - verb <= 6 && TimeWords.Contains(tokens[verb].Text)) verb--;
            if (verb < 1 || tokens[verb].Lower is not ("said" or "says" or "added" or "confirmed" or "announced")) continue;
            var speaker = SpeakerEndingAt(mentions, verb);
            if (speaker is null) continue;
            (added ??= []).Add(new Mention
            {
                Kind = MentionKind.Person, Sentence = sentence, TokenStart = i, TokenEnd = i + 1, Surface = tokens[i].Text,
                EntityId = speaker.EntityId, Rule = "pronoun subject of the speaker's reported speech",
            });
        }
        return added is null ? mentions : mentions.Concat(added).OrderBy(m => m.TokenStart).ToList();
    }

    /// <summary>The person named right before the verb (a method of its own: the loop's closure was made for every word).</summary>
    private static Mention? SpeakerEndingAt(IReadOnlyList<Mention> mentions, int verb) =>
        mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenEnd == verb);
}
