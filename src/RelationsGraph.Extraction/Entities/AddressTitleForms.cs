namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "General Tomas Varrek ... Varrek", "M. Odile Brassac", "Justice Emry Kallow", "Ayatollah Reza Talvani": a person's rank or
/// form of address (military ranks, judges, the French "M.", "Lady", Muslim and Ottoman styles) is written before the name by
/// some reports and left out by others, so neither form alone is how every report names the person (pattern: a title of address
/// that is worn, not held as an office). Both forms are kept among the person's names: the name without a leading title when
/// the name still has a capitalised word after it, and the title with the name when the text writes it before a mention.
/// </summary>
internal static class AddressTitleForms
{
    // Longer titles first, so "Grand Vizier" is found before "Vizier" and "Lieutenant General" before "Lieutenant".
    internal static readonly string[] Titles =
    [
        "Lieutenant General", "Major General", "Brigadier General", "Lieutenant Colonel", "Field Marshal", "Vice Admiral", "Rear Admiral",
        "Chief Justice", "Grand Vizier", "Crown Prince", "Crown Princess",
        "General", "Colonel", "Captain", "Lieutenant", "Admiral", "Commodore", "Marshal", "Brigadier", "Commander",
        "Justice", "Judge", "Lady", "Lord", "M.", "Mme", "Mme.", "Monsieur", "Madame", "Herr", "Frau",
        "Ayatollah", "Sheikh", "Sheikha", "Imam", "Vizier", "Ras", "Emir", "Amir", "Prince", "Princess",
    ];

    /// <summary>"General Maurel Ost" → "Maurel Ost": the name without its leading title, or null when it opens with none.</summary>
    public static string? Without(string name)
    {
        foreach (var title in Titles)
        {
            if (name.Length <= title.Length + 1 || !name.StartsWith(title, StringComparison.Ordinal) || name[title.Length] != ' ') continue;
            var rest = name[(title.Length + 1)..].TrimStart();
            return rest.Length >= 2 && char.IsUpper(rest[0]) && rest.Any(char.IsLower) ? rest : null;
        }
        return null;
    }

    /// <summary>
    /// The mention with the title the sentence writes right before it ("General" + "Maurel Ost"), or its surface when the surface
    /// itself opens with a title; null otherwise.
    /// </summary>
    public static string? With(Mention m)
    {
        if (m.IsNominal || m.Kind != MentionKind.Person || m.Surface.AsSpan().Trim(' ').IsEmpty) return null;
        if (Without(m.Surface) is not null) return m.Surface;
        var tokens = m.Sentence.Tokens;
        if (m.TokenStart <= 0 || m.TokenStart >= tokens.Count) return null;
        var before = m.Sentence.Text.AsSpan(0, tokens[m.TokenStart].Start).TrimEnd(' ');
        foreach (var title in Titles)
        {
            if (!before.EndsWith(title, StringComparison.Ordinal)) continue;
            var at = before.Length - title.Length;
            if (at > 0 && char.IsLetterOrDigit(before[at - 1])) continue;
            return $"{title} {m.Surface}";
        }
        return null;
    }
}
