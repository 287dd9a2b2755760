using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// Commonwealth and parliamentary writing puts the letters of a seat or an honour after a person's name ("Hon. A B MP",
/// "C D MLA", "E F QC", "G H KBE"): the letters are no part of the name, as "Jr" is part of it, so the name's span ends
/// before them and the letters themselves name nothing, while the person's mention reaches over them so that the words
/// after the letters ("and B", "said") are read next to the person. Read only right after a capitalised word and when no capitalised
/// word follows the letters, so an acronym that opens a name of its own ("MP Holdings") stays whole.
/// </summary>
internal static class PostNominalLetters
{
    private static readonly HashSet<string> Letters = new(StringComparer.Ordinal)
    {
        // Seats in a legislature.
        "MP", "MPs", "MLA", "MLC", "MEP", "MSP", "MNA", "MPP", "MHA", "MHK",
        // Privy council, counsel and orders of chivalry.
        "PC", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "CMG", "KCMG", "GCMG", "KCB", "GCB",
        "CVO", "KCVO", "GCVO",
    };

    /// <summary>Token <paramref name="at"/> is post-nominal letters closing the name that runs from <paramref name="start"/>.</summary>
    public static bool EndsNameAt(IReadOnlyList<Token> tokens, int start, int at)
    {
        if (at <= start || !Letters.Contains(tokens[at].Text)) return false;
        var before = tokens[at - 1];
        if (!before.IsWord || !before.IsCapitalized || before.Text.All(char.IsUpper)) return false;
        return at + 1 >= tokens.Count || !(tokens[at + 1].IsWord && tokens[at + 1].IsCapitalized);
    }
}
