using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The three leaders then held talks", "all five presidents signed", "the eight were joined by X": a group counted by a
/// number of three or more stands for the people of the meeting under discussion that has exactly that many people
/// (pattern: a counted group reference; "the two" is the pair, read apart). The count is what ties the group to its meeting,
/// so a group whose number fits no meeting names nobody.
/// </summary>
internal static class CountedGroup
{
    public const string Note = "counted group: the people of the meeting with that many people";


    /// <summary>Nouns for a meeting's people, besides the group nouns of <see cref="GroupReference"/>.</summary>
    private static readonly FrozenSet<string> PeopleHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ministers", "premiers", "heads", "negotiators", "signatories", "chiefs", "envoys", "women", "kings", "monarchs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may follow the number when it stands alone for the people ("the eight were", "the ten signed").</summary>
    private static readonly FrozenSet<string> AfterAloneNumber = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "had", "have", "met", "signed", "also", "then", "will", "would", "agreed", "held", "later", "all", "together", ",", ".",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The group's count when a counted group opens at <paramref name="i"/> ("the", "all" or "these" and a number), or null.</summary>
    public static int? SizeAt(List<Token> tokens, int i)
    {
        if (tokens[i].Lower is not ("the" or "all" or "these") || i + 2 >= tokens.Count || !CountWords.TryRead(tokens[i + 1].Text, 3, 12, out var n)) return null;
        // "the foreign ministers of the five": the counted group after "of" is whom others belong to, not the people told.
        if (i > 0 && tokens[i - 1].Lower == "of") return null;
        var next = tokens[i + 2];
        if (AfterAloneNumber.Contains(next.Text) || IsPeopleHead(next)) return n;
        // "the three foreign ministers", "the four transport ministers": one modifier before the head.
        return i + 3 < tokens.Count && !next.IsCapitalized && IsPeopleHead(tokens[i + 3]) ? n : null;
    }

    private static bool IsPeopleHead(Token token) => GroupReference.IsHead(token) || PeopleHeads.Contains(token.Text);
}
