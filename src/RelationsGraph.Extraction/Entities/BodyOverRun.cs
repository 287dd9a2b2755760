using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The body rules (<see cref="AcronymGlossedBody"/>, <see cref="BodyNamedByItsTrade"/>) end as the venue rules do
/// (<see cref="PlaceOverRun"/>): once a run of words is known to name a body, the guesses read over its words give way to one
/// Organization mention over the run. A guess is a name read as a person by its shape alone, or as a place only by where it
/// stands: a reading with evidence of its own (a title, a known name) is never a guess.
/// </summary>
internal static class BodyOverRun
{
    /// <summary>A mention made from a name's shape or position alone, which a body's reading may replace.</summary>
    public static bool IsGuess(Mention m) =>
        m.Kind == MentionKind.Person && m.Canonical is null && !m.HasPersonEvidence && m.Title is null && !m.IsNominal ||
        m.Kind == MentionKind.Place && m.Canonical is null && m.Iso2 is null;

    /// <summary>Whether tokens [start, end) hold only guesses, none reaching outside the run.</summary>
    public static bool OnlyGuessesOver(IReadOnlyList<Mention> list, int start, int end) =>
        list.All(m => m.TokenEnd <= start || m.TokenStart >= end || IsGuess(m) && m.TokenStart >= start && m.TokenEnd <= end);

    /// <summary>
    /// A copy of <paramref name="list"/> without the mentions touching tokens [start, end), with an Organization over them, in order.
    /// With <paramref name="keepCountries"/>, a country named inside the run stays beside the body ("... Front of Tarvia (FT)").
    /// </summary>
    public static List<Mention> Replace(IReadOnlyList<Mention> list, Sentence sentence, int start, int end, string canonical, string rule, bool keepCountries = false)
    {
        var tokens = sentence.Tokens;
        var changed = list.Where(m => m.TokenEnd <= start || m.TokenStart >= end ||
                                      keepCountries && m.Kind == MentionKind.Country && m.TokenStart >= start && m.TokenEnd <= end).ToList();
        changed.Add(new Mention
        {
            Kind = MentionKind.Organization, Sentence = sentence, TokenStart = start, TokenEnd = end,
            Surface = sentence.Text[tokens[start].Start..tokens[end - 1].End], Canonical = canonical, Rule = rule,
        });
        changed.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        return changed;
    }

    /// <summary>
    /// Every guess elsewhere in the article written exactly as a body's name becomes that body (the pattern: a name the text has
    /// shown to be a body's once stays the body's when it comes back bare: "Sonatrach said", "talks with Ardel").
    /// </summary>
    public static void Spread(List<IReadOnlyList<Mention>> bySentence, Dictionary<string, string> bodies, string rule)
    {
        if (bodies.Count == 0) return;
        for (var s = 0; s < bySentence.Count; s++)
        {
            var list = bySentence[s];
            foreach (var m in list.ToList())
                if (IsGuess(m) && bodies.TryGetValue(m.Surface, out var canonical))
                    list = Replace(list, m.Sentence, m.TokenStart, m.TokenEnd, canonical, rule);
            bySentence[s] = list;
        }
    }
}
