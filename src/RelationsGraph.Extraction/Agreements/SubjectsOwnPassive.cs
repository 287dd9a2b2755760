using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Convention between the Kingdom of X and the Republic of Y for the Use of the Waters of the Z, shared by the two
/// states from the falls to the sea, was signed this morning at the Palace", "The Pact of Ostren, or the Compact of Ostrin
/// as the envoys spelled it, was signed on 4 May", "A second text, the Protocol on ..., was signed at the same table": a
/// document that opens its sentence, or follows a short opening phrase it stands beside, is the subject of the sentence's
/// first "was" or "were", so a concluding participle there makes it, however long the name, its asides or its
/// description run before the verb (the pattern: a long subject with its appositions still takes the sentence's main
/// verb). A relative pronoun or another finite verb before the first "was" ends the search: that verb is another clause's.
/// </summary>
internal static class SubjectsOwnPassive
{
    private static readonly FrozenSet<string> MakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "concluded", "adopted", "initialled", "initialed", "sealed", "inked", "agreed", "issued" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a clause of its own, or finite verbs of one, before the subject's verb.</summary>
    private static readonly FrozenSet<string> OtherClause = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "which", "that", "who", "whom", "whose", "where", "when", "is", "are", "has", "have", "had", "will", "would", "could", "should",
          "can", "may", "might", "must", "said", "says", "being", "been" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs that may stand between the auxiliary and its participle ("was formally signed").</summary>
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "formally", "finally", "eventually", "duly", "solemnly", "jointly", "also", "then", "later", "subsequently" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="start">The first token of the document's phrase (its determiner).</param>
    /// <param name="nameEnd">The token right after the document's name.</param>
    public static bool At(List<Token> tokens, int start, int nameEnd)
    {
        if (!OpensTheSentence(tokens, start)) return false;
        for (var k = Math.Max(start + 1, nameEnd); k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Text is "." or ";" or ":" || OtherClause.Contains(tokens[k].Text)) return false;
            if (tokens[k].Lower is not ("was" or "were")) continue;
            var p = k + 1;
            while (p < tokens.Count && Adverbs.Contains(tokens[p].Text)) p++;
            return p < tokens.Count && MakingParticiples.Contains(tokens[p].Text);
        }
        return false;
    }

    /// <summary>How many words a short opening phrase before the document may take ("A second text, the Protocol on ...").</summary>
    private const int OpeningReach = 6;

    /// <summary>
    /// Only a paragraph's number or a bullet may come before the document's determiner, or a short opening phrase closed by
    /// a comma ("On Monday, the Convention ...", "A second text, the Protocol ..."): a time adverbial, or a descriptive
    /// subject the document stands in apposition to, which leaves the main verb to both.
    /// </summary>
    private static bool OpensTheSentence(List<Token> tokens, int start)
    {
        if (start >= tokens.Count || tokens[start].Lower is not ("the" or "a" or "an" or "this")) return false;
        var opening = start > 0 && tokens[start - 1].Text == "," && start - 1 <= OpeningReach ? start - 1 : start;
        for (var k = 0; k < opening; k++)
        {
            if (opening < start && (tokens[k].Text is "," or ";" or ":" or "." || OtherClause.Contains(tokens[k].Text) || tokens[k].Lower is "was" or "were")) return false;
            if (opening == start && tokens[k].IsWord && !tokens[k].Text.All(char.IsDigit)) return false;
        }
        return true;
    }
}
