using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "signed at the House of Concord", "talks in the House of Government of the Republic of Varnia": many state buildings are
/// named "House of" an idea or an institution (Friendship, Government, Culture, Unions), and the name chunker, which keeps
/// "House of" for the chambers of legislatures, reads the lone "House" as a name. After a locative and "the", "House of" and
/// a capitalised word that is no chamber's members ("Representatives", "Commons", "Lords") is one place, running on over
/// "of [the] country" when a country's name follows (pattern: a building named as the house of something). Mentions inside give way.
/// </summary>
internal static class HouseOfAVenue
{
    public const string Rule = "'the House of' an idea or institution after a locative (a building)";

    /// <summary>The members whose house a legislature's chamber is.</summary>
    private static readonly FrozenSet<string> ChamberWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Representatives", "Commons", "Lords", "Councillors", "Councilors", "Peers", "Delegates", "Deputies", "Keys", "Chiefs", "Elders",
        "Nationalities", "Assembly", "Burgesses", "Senators", "Clergy", "Bishops", "Laity", "Parliament", "Federation", "People", "Nations",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Locatives = new HashSet<string>(StringComparer.Ordinal) { "at", "in", "inside", "outside" }.ToFrozenSet(StringComparer.Ordinal);

    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence)
    {
        for (var s = 0; s < bySentence.Count; s++)
        {
            var mentions = bySentence[s];
            if (mentions.Count == 0) continue;
            var sentence = mentions[0].Sentence;
            var tokens = sentence.Tokens;
            List<Mention>? changed = null;
            for (var i = 2; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].Text != "House" || tokens[i + 1].Text != "of" || tokens[i - 1].Lower != "the" || !Locatives.Contains(tokens[i - 2].Lower)) continue;
                var name = tokens[i + 2];
                if (!name.IsWord || !name.IsCapitalized || !name.Text.Any(char.IsLower) || ChamberWords.Contains(name.Text) || Months.IsMonthOrWeekday(name.Text)) continue;
                var end = i + 3;
                var list = changed ?? mentions;
                // The word after "of" must be read as no known name of its own (not "the House of Saud" read as a family's, nor a country).
                if (NameOtherThanAPersonAt(list, i + 2)) continue;
                if (end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized) continue;
                // "of the Republic of Varnia": the country the house serves closes its name.
                var k = end < tokens.Count && tokens[end].Text == "of" ? end + 1 : -1;
                if (k > 0 && k < tokens.Count && tokens[k].Lower == "the") k++;
                if (k > 0 && CountryNameAt(list, k) is { } country) end = country.TokenEnd;
                if (ReadAcrossAnEdge(list, i, end)) continue;
                changed = PlaceOverRun.Replace(list, sentence, i, end, Rule);
                i = end - 1;
            }
            if (changed is not null) bySentence[s] = changed;
        }
        return bySentence;
    }

    // The look-ups below are helpers, not lambdas in the loop: a closure over the loop's locals was made for every token.

    /// <summary>Whether token <paramref name="k"/> is read as part of a name that is not a person's.</summary>
    private static bool NameOtherThanAPersonAt(IReadOnlyList<Mention> list, int k) =>
        list.Any(m => m.TokenStart <= k && m.TokenEnd > k && m.Kind != MentionKind.Person);

    /// <summary>The country named (not as an adjective) from token <paramref name="k"/>, if any.</summary>
    private static Mention? CountryNameAt(IReadOnlyList<Mention> list, int k) =>
        list.FirstOrDefault(m => m.TokenStart == k && m.Kind == MentionKind.Country && !m.IsDemonym);

    /// <summary>Whether a reading runs across the start or the end of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static bool ReadAcrossAnEdge(IReadOnlyList<Mention> list, int start, int end) =>
        list.Any(m => m.TokenStart < end && m.TokenEnd > end || m.TokenStart < start && m.TokenEnd > start);
}
