namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The courtesy styles of Spanish, Portuguese, Italian, French and German writing before a person's name ("Señor
/// Alvarado", "Signor Ferretti", "Monsieur Duval", "Herr Brandt") are no part of the name, as "Mr" is not. "Don"/"Doña"
/// (and Portuguese "Dom") is a style only before a full name of two words or more ("Don Jacinto Ruiz Pardo"): before a
/// single surname it is the given name ("Don Harlow").
/// </summary>
internal static class CourtesyStyle
{
    private static readonly HashSet<string> Styles = new(StringComparer.Ordinal)
    {
        "Señor", "Senor", "Señora", "Senora", "Señorita", "Signor", "Signora", "Senhor", "Senhora",
        "Monsieur", "Madame", "Mme", "Mademoiselle", "Herr", "Frau",
    };

    private static readonly HashSet<string> StylesBeforeAFullName = new(StringComparer.Ordinal) { "Don", "Doña", "Dom" };

    /// <summary>Chunk <paramref name="at"/> is a courtesy style before the name that runs to chunk <paramref name="end"/>.</summary>
    public static bool IsStyleBeforeName(List<NameChunk> chunks, int at, int end)
    {
        var word = chunks[at].Text.TrimEnd('.');
        if (!chunks[at].IsUnknownWord || at >= end) return false;
        var names = 0;
        for (var k = at + 1; k <= end; k++)
            if (chunks[k].IsUnknownWord && char.IsUpper(chunks[k].Text[0])) names++;
        if (Styles.Contains(word)) return names >= 1;
        return StylesBeforeAFullName.Contains(word) && names >= 2;
    }
}
