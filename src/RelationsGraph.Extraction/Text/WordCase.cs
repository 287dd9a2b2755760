namespace RelationsGraph.Extraction.Text;

/// <summary>How a word is set in capitals: the shared test for headlines, shouted headings and acronyms.</summary>
internal static class WordCase
{
    /// <summary>"PEACE", "CUSMA", "U.S.": a word with letters, every one of them upper case.</summary>
    public static bool IsAllCapitals(string word) => word.Any(char.IsLetter) && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
