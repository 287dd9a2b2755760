using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "signed in the Polish Hall of the castle", "a lunch in the Chinese Room": palaces name their state rooms after a nation's
/// style or gift, and the nationality word then names the room, not the country (pattern: "the [nationality] Hall/Room/Salon").
/// The nationality word and the room's noun right after "the" are one place; the country mention and any name read from the
/// lone noun give way.
/// </summary>
internal static class NationalityRoom
{
    public const string Rule = "nationality word before a room's noun (the Polish Hall)";

    private static readonly FrozenSet<string> RoomNouns = new HashSet<string>(StringComparer.Ordinal) { "Hall", "Room", "Salon", "Gallery", "Chamber" }.ToFrozenSet(StringComparer.Ordinal);

    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < bySentence.Count; s++)
        {
            var mentions = bySentence[s];
            List<Mention>? changed = null;
            foreach (var demonym in mentions.Where(m => m.Kind == MentionKind.Country && m.IsDemonym).ToList())
            {
                var tokens = demonym.Sentence.Tokens;
                var end = demonym.TokenEnd;
                if (demonym.TokenStart < 1 || tokens[demonym.TokenStart - 1].Lower != "the" || end >= tokens.Count || !RoomNouns.Contains(tokens[end].Text)) continue;
                // "the Polish Hall Trust": a longer name runs on.
                if (end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].IsCapitalized) continue;
                var list = changed ?? mentions.ToList();
                if (list.Any(m => m != demonym && m.TokenStart <= end && m.TokenEnd > end + 1)) continue;
                list.RemoveAll(m => m.TokenStart >= demonym.TokenStart && m.TokenEnd <= end + 1);
                list.Add(new Mention
                {
                    Kind = MentionKind.Place, Sentence = demonym.Sentence, TokenStart = demonym.TokenStart, TokenEnd = end + 1,
                    Surface = demonym.Sentence.Text[tokens[demonym.TokenStart].Start..tokens[end].End], Rule = Rule,
                });
                list.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
                changed = list;
            }
            if (changed is not null) bySentence[s] = changed;
        }
        return bySentence;
    }
}
