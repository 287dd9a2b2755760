using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Economic Cooperation Framework Agreement, a trade deal signed in Chongqing", "the Alma-Ata Declaration of 1991,
/// the founding document of the Commonwealth": a common-noun phrase set off by a comma right after a titled document
/// describes that document; it is no second one (the pattern: an apposition renames its head). A list of documents
/// ("the Kigali Declaration, a memorandum on trade and a treaty on ...") goes on to another document noun, so it is left alone.
/// </summary>
internal static class DocumentApposition
{
    /// <param name="previous">The reference found before in the sentence, if any.</param>
    /// <param name="previousEnd">The token just past the previous reference's name and topic.</param>
    /// <param name="start">Where this reference's phrase starts.</param>
    /// <param name="title">This reference's title, if any: a title of its own is another name, not an apposition.</param>
    /// <param name="noun">This reference's noun.</param>
    public static bool Describes(List<Token> tokens, AgreementMention? previous, int previousEnd, int start, string? title, int noun)
    {
        if (previous?.Title is null || title is not null || previousEnd < 0 || start < 1 || tokens[start - 1].Text != ",") return false;
        if (tokens[start].Lower is not ("a" or "an" or "the")) return false;
        // Between the title and the comma only its own date may stand ("of 1991").
        for (var k = previousEnd; k < start - 1; k++)
            if (!(tokens[k].Lower == "of" || tokens[k].Text.All(char.IsDigit) || Months.IsMonthOrWeekday(tokens[k].Text) || tokens[k].Text == ",")) return false;
        // A document noun later in the list makes the phrase a list item; one inside a relative clause of the phrase
        // ("a separate treaty that ... replaces the 1985 agreement") belongs to the description, not to a list.
        for (var k = noun + 1; k < tokens.Count && !RelativeOpeners.Contains(tokens[k].Text); k++)
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return false;
        return true;
    }

    // "the 2011 compact, also called the Harbour Accord": a naming phrase gives the described document another name, so the
    // noun after it is no second item of a list.
    private static readonly FrozenSet<string> RelativeOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "that", "which", "who", "whose", "whereby", "known", "called", "dubbed", "nicknamed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "is", "was", "were", "are", "will", "would", "said", "says", "has", "had", "have", "which", "that", "who", "and", "or", "but", "while" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "a revived 2015 nuclear deal with Tehran, the Joint Comprehensive Plan of Action, which ...": a title set off by commas
    /// right after an untitled document names that document (the pattern: an apposition renames its head, whichever of the two
    /// carries the title). Only a short phrase of the first document ("with Tehran") may stand between, and the title must close
    /// the apposition (a comma, the sentence's end or a relative pronoun), so that a list of documents is left alone.
    /// </summary>
    /// <param name="titleEnd">The token just past this reference's title.</param>
    public static bool TitlesPrevious(List<Token> tokens, AgreementMention? previous, int previousEnd, int start, string? title, int titleEnd)
    {
        if (previous is null || previous.Title is not null || title is null || previousEnd < 0 || start < 1 || tokens[start - 1].Text != ",") return false;
        if (tokens[start].Lower != "the") return false;
        if (start - 1 - previousEnd > 6) return false;
        for (var k = previousEnd; k < start - 1; k++)
            if (!tokens[k].IsWord && tokens[k].Text != "-" || ClauseWords.Contains(tokens[k].Text)) return false;
        if (titleEnd < tokens.Count && !(tokens[titleEnd].Text is "," or "." or ";" || tokens[titleEnd].Lower is "which" or "that")) return false;
        for (var k = Math.Max(1, titleEnd); k < tokens.Count; k++)
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return false;
        return true;
    }
}
