using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The following were signed and exchanged:" / "The agreements signed include:" followed by one document per bullet or
/// line: a lead that ends in a colon after a signing verb concludes every document listed under it, each item in a
/// paragraph of its own (the pattern: a list's lead is the verb of every item). The items end at the first line that
/// does not open with a document. A colon line without a verb may take its verb from the signing sentence just before it.
/// </summary>
internal static class ConcludedListItems
{
    private static readonly FrozenSet<string> LeadVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "exchanged", "concluded", "adopted", "inked", "initialled", "initialed", "agreed", "sign", "exchange" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far into an item its document may begin: "Currency Swap Agreement between ..." or "1. MoU on ...".</summary>
    public const int ItemHead = 8;

    /// <summary>Item sentence index → the lead sentence above it.</summary>
    public static Dictionary<int, Sentence> Find(IReadOnlyList<Sentence> sentences)
    {
        var items = new Dictionary<int, Sentence>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var colon = sentences[s];
            if (!colon.Text.TrimEnd().EndsWith(':')) continue;
            var lead = colon.Tokens.Any(t => LeadVerbs.Contains(t.Text)) ? colon : SignedSetBefore(sentences, s);
            if (lead is null) continue;
            var paragraph = colon.Paragraph;
            var numbered = false;
            for (var k = s + 1; k < sentences.Count && k <= s + 30; k++)
            {
                var item = sentences[k];
                // "1. The Agreement on X. 2. The Agreement on Y.": a numbered list told in one paragraph (see IsItemNumber).
                if (IsItemNumber(item))
                {
                    numbered = true;
                    paragraph = item.Paragraph;
                    continue;
                }
                var afterNumber = numbered && k > 0 && IsItemNumber(sentences[k - 1]) && sentences[k - 1].Paragraph == item.Paragraph;
                // "A railway memorandum to link ... . Media call it the rail agreement.": an item's later sentences are its own.
                if (!afterNumber && item.Paragraph == paragraph && paragraph != colon.Paragraph) continue;
                if (!afterNumber && item.Paragraph == paragraph || !OpensWithDocument(item)) break;
                items[k] = lead;
                paragraph = item.Paragraph;
            }
        }
        return items;
    }

    /// <summary>
    /// "Ministers signed a package of memoranda. The ones that matter most:": a colon line with no verb of its own continues the
    /// sentence just before it in its paragraph when that one signs a set of documents; the signing sentence is the lead.
    /// </summary>
    private static Sentence? SignedSetBefore(IReadOnlyList<Sentence> sentences, int colon)
    {
        if (colon == 0) return null;
        if (sentences[colon - 1].Paragraph == sentences[colon].Paragraph)
            return SignsASet(sentences[colon - 1].Tokens) ? sentences[colon - 1] : null;
        // "... signed four documents on Thursday. Koo and Wang signed in turn. ¶ The four texts are:": a colon line that is a
        // paragraph of its own and names the plural itself refers back to the set signed shortly before it.
        if (colon + 1 < sentences.Count && sentences[colon + 1].Paragraph == sentences[colon].Paragraph) return null;
        if (!sentences[colon].Tokens.Any(t => AgreementKinds.PluralDocumentNouns.Contains(t.Text))) return null;
        for (var k = colon - 1; k >= 0 && k >= colon - SetReachBack; k--)
            if (SignsASet(sentences[k].Tokens)) return sentences[k];
        return null;
    }

    /// <summary>How many sentences back a colon paragraph naming a plural ("The four texts are:") may find its signed set.</summary>
    private const int SetReachBack = 2;

    /// <summary>
    /// "signed four documents", "looked on at the signing of 12 accords and protocols": a verb of signing, or the
    /// noun "signing", with a plural of documents in the same sentence (the pattern: the nominal signing makes a set as the verb does).
    /// </summary>
    private static bool SignsASet(List<Token> tokens) =>
        tokens.Any(t => LeadVerbs.Contains(t.Text) || t.Lower == "signing") && tokens.Any(t => AgreementKinds.PluralDocumentNouns.Contains(t.Text));

    /// <summary>
    /// "1." or "2)" standing as a sentence of its own: the number of an item in a numbered list the reader split from its text
    /// (the pattern: a numbered list opens each item with its number, so the sentence after a number is a new item, even in
    /// the same paragraph).
    /// </summary>
    private static bool IsItemNumber(Sentence sentence) =>
        sentence.Tokens.Count is >= 1 and <= 2 && sentence.Tokens[0].Text.Length <= 2 && sentence.Tokens[0].Text.All(char.IsDigit)
        && (sentence.Tokens.Count == 1 || sentence.Tokens[1].Text is "." or ")");

    /// <summary>Whether a document noun stands among the item's first words ("A visa arrangement ..." counts: the lead signs it;
    /// so does "a cultural exchange programme ...", see <see cref="ProgrammeAmongListedDocuments"/>).</summary>
    public static bool OpensWithDocument(Sentence item) =>
        Enumerable.Range(0, Math.Min(ItemHead, item.Tokens.Count))
            .Any(k => AgreementKinds.KindOf(item.Tokens[k].Lower, k > 0 ? item.Tokens[k - 1].Lower : null) is not null || item.Tokens[k].Lower is "arrangement" or "programme" or "program");

    /// <summary>Whether the noun at <paramref name="noun"/> is the document an item opens with.</summary>
    public static bool IsItemHead(int noun) => noun < ItemHead;
}
