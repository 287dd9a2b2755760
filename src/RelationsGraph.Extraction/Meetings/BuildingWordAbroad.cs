namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// A venue named in the language of its country keeps that language's building word ("Palais des Nations", "Casa de Nariño",
/// "Quinta de Olivos", "Rashtrapati Bhavan", "Schloss Meseberg", "Istana Negara"), and English copy does not translate it.
/// Such a name is a building, not a town: it stands beside the meeting's town instead of taking its place (pattern: a
/// building word of another language in the name of a venue).
/// </summary>
internal static class BuildingWordAbroad
{
    // French, Spanish, Portuguese, Hindi, German, Malay, Arabic, Turkish and Dutch words for a palace, house,
    // manor, castle or hall, each written as it stands capitalised inside a venue's name.
    private static readonly string[] Words =
        ["Palais", "Hôtel", "Palácio", "Casa", "Quinta", "Bhavan", "Bhawan", "Schloss", "Istana", "Perdana", "Qasr", "Saray", "Sarayı", "Kasteel"];

    /// <summary>Whether the word is one of those building words.</summary>
    public static bool Is(ReadOnlySpan<char> word)
    {
        foreach (var w in Words)
            if (word.SequenceEqual(w)) return true;
        return false;
    }
}
