using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "... before being driven to the palace. There, after a reception, the two leaders signed the pact": a sentence opening
/// on the adverb "There" tells what happened at the place the previous sentence went to or was at (pattern: "there"
/// pointing back at the last place named). The existential "There were ..." points at nothing.
/// </summary>
internal static class ThereOpening
{
    private static readonly FrozenSet<string> Leads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "in", "at", "to" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Apply(IEnumerable<MeetingMention> mentions, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence)
    {
        foreach (var m in mentions.Where(x => x.Places.Count == 0 && x.Kind != MeetingKinds.PhoneCall && !x.Recalled && x.Sentence.Index > 0 && OpensOnThere(x.Sentence)))
        {
            var previous = sentences[m.Sentence.Index - 1];
            var place = mentionsBySentence[previous.Index]
                .Where(p => p.Kind == MentionKind.Place && p.EntityId is not null && !p.IsGovernment && !NotAVenue.Of(p))
                .Where(p => PlaceLead.IndexBefore(previous.Tokens, p.TokenStart) is var lead && lead >= 0 && Leads.Contains(previous.Tokens[lead].Text))
                .OrderBy(p => p.TokenStart).LastOrDefault();
            if (place is null) continue;
            m.Places.Add(place);
            m.Notes.Add("'There' opens the sentence: the place the previous sentence named");
        }
    }

    /// <summary>"There, ...", "There the two ...", "There he ...", but not "There were", "There is".</summary>
    private static bool OpensOnThere(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 3 || tokens[0].Text != "There") return false;
        return tokens[1].Text == "," || tokens[1].Lower is "the" or "he" or "she" or "they" or "both" or "we";
    }
}
