using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The ministers exchanged three documents: a memorandum on fisheries, an accord on visas and a youth exchange
/// programme for 2026-2029": a programme listed beside other documents of a signing or an exchange is one of the
/// documents made, as the memoranda around it are (the pattern: an item of a list of made documents is a document,
/// whatever its noun). Only a singular programme whose phrase opens a list item (after a colon, comma, semicolon,
/// dash or "and"), in a sentence that tells the making before it and names another document before it; or any
/// programme of a sentence that is itself an item of a list whose lead signs every item (see <see cref="ConcludedListItems"/>).
/// </summary>
internal static class ProgrammeAmongListedDocuments
{
    private static readonly FrozenSet<string> MakingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "signing", "exchanged", "exchange", "adopted", "inked", "concluded" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="phraseStart">The first token of the programme's noun phrase ("a", "the" or its first modifier).</param>
    /// <param name="listed">The sentence is an item of a list whose lead signs every item.</param>
    public static bool At(List<Token> tokens, int phraseStart, bool listed)
    {
        if (listed) return true;
        var before = phraseStart - 1;
        if (before < 1 || tokens[before].Text is not ("," or ";" or ":" or "-" or "–" or "and")) return false;
        var made = false;
        var otherDocument = false;
        for (var k = 0; k < before; k++)
        {
            if (MakingWords.Contains(tokens[k].Text)) made = true;
            else if (made && AgreementKinds.KindOf(tokens[k].Lower, k > 0 ? tokens[k - 1].Lower : null, k > 1 ? tokens[k - 2].Lower : null) is not null) otherDocument = true;
        }
        return made && otherDocument;
    }
}
