using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Agriculture Secretary Francisco Tiu Laurel Jr. and Minister Le Minh Hoan signed", "signed by Shri T. Rabi Sankar and
/// Mr. Ahmed Munawar": a full stop inside a sentence after an initial or a short capitalised abbreviation is part of a name
/// or a title, not the end of the sentence (the pattern: the sentence splitter kept it inside, so a list of signers or a
/// coordinated subject runs on past it).
/// </summary>
internal static class AbbreviationPoint
{
    public static bool IsAt(List<Token> tokens, int k)
    {
        if (tokens[k].Text != "." || k == 0 || k + 1 >= tokens.Count) return false;
        var before = tokens[k - 1].Text;
        // An initial ("T.") or an abbreviation of a name's suffix or title ("Jr.", "Mr.", "Hon."), with a word still to follow.
        return (before.Length == 1 && char.IsUpper(before[0]) || NameAbbreviations.Contains(before)) && tokens[k + 1].IsWord;
    }

    private static readonly FrozenSet<string> NameAbbreviations = new HashSet<string>(StringComparer.Ordinal)
        { "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "Hon", "Gen", "Lt", "Col", "Capt", "Prof", "Rev", "Amb" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A full stop that really ends something: any "." that is no abbreviation point.</summary>
    public static bool IsStop(List<Token> tokens, int k) => tokens[k].Text == "." && !IsAt(tokens, k);
}
