using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "signed at the Palace of the Nations", "a dinner in the Hall of the Founders", "a Mass in the Plaza of the Revolution": a
/// venue's name often runs "the [Venue word] of the [Capitalised words]", which the name chunker splits at "of the" into a
/// lone venue word and a lone name (read as nobody's name or a person's). The whole run is one place (pattern: a building
/// or square named for an idea, a body or a people after "of the"). Mentions inside the run give way to it.
/// </summary>
internal static class VenueOfTheName
{
    public const string Rule = "venue word, 'of the' and a capitalised name (the Palace of the Nations)";

    /// <summary>Heads of buildings, halls and squares: the place suffixes without the units of administration ("the State of the Union").</summary>
    private static readonly FrozenSet<string> Heads = Lexicon.PlaceSuffixes
        .Except(["Prefecture", "Province", "City", "County", "State", "Island", "Islands", "Region", "District", "Sea", "Strait", "Peninsula",
                 "Bay", "Lake", "Mountain", "Street", "Avenue", "Boulevard", "Road"], StringComparer.OrdinalIgnoreCase)
        .Concat(["Plaza", "Church", "Chapel", "Tomb", "Shrine", "Gate"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many capitalised words the name after "of the" may have.</summary>
    private const int MaxNameWords = 3;

    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < bySentence.Count; s++)
        {
            var mentions = bySentence[s];
            if (mentions.Count == 0) continue;
            var tokens = mentions[0].Sentence.Tokens;
            List<Mention>? changed = null;
            for (var i = 1; i + 3 < tokens.Count; i++)
            {
                if (tokens[i - 1].Lower != "the" || !Heads.Contains(tokens[i].Text) || tokens[i + 1].Text != "of" || tokens[i + 2].Text != "the") continue;
                var end = i + 3;
                while (end < tokens.Count && end - (i + 3) < MaxNameWords && tokens[end].IsWord && tokens[end].IsCapitalized && !Months.IsMonthOrWeekday(tokens[end].Text)) end++;
                // "the Palace of the Republic of Korea": a longer name runs on through another "of"; left as it is read.
                if (end == i + 3 || end < tokens.Count && tokens[end].IsWord && (tokens[end].IsCapitalized || tokens[end].Lower == "of")) continue;
                var list = changed ?? mentions;
                // A place read already over the whole run (a known venue) stands.
                if (PlaceOver(list, i, end)) continue;
                var sentence = mentions[0].Sentence;
                changed = PlaceOverRun.Replace(list, sentence, i, end, Rule);
                i = end - 1;
            }
            if (changed is not null) bySentence[s] = changed;
        }
        return bySentence;
    }

    /// <summary>Whether a place is read over the whole of [<paramref name="start"/>, <paramref name="end"/>) (a helper, not a lambda in
    /// the loop: a closure over the loop's locals was made for every token).</summary>
    private static bool PlaceOver(IReadOnlyList<Mention> list, int start, int end) =>
        list.Any(m => m.Kind == MentionKind.Place && m.TokenStart <= start && m.TokenEnd >= end);
}
