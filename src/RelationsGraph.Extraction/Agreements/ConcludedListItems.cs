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
            for (var k = s + 1; k < sentences.Count && k <= s + 30; k++)
            {
                var item = sentences[k];
                // "A railway memorandum to link ... . Media call it the rail agreement.": an item's later sentences are its own.
                if (item.Paragraph == paragraph && paragraph != colon.Paragraph) continue;
                if (item.Paragraph == paragraph || !OpensWithDocument(item)) break;
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
        if (colon == 0 || sentences[colon - 1].Paragraph != sentences[colon].Paragraph) return null;
        var before = sentences[colon - 1].Tokens;
        return before.Any(t => LeadVerbs.Contains(t.Text)) && before.Any(t => AgreementKinds.PluralDocumentNouns.Contains(t.Text)) ? sentences[colon - 1] : null;
    }

    /// <summary>Whether a document noun stands among the item's first words ("A visa arrangement ..." counts: the lead signs it).</summary>
    public static bool OpensWithDocument(Sentence item) =>
        Enumerable.Range(0, Math.Min(ItemHead, item.Tokens.Count))
            .Any(k => AgreementKinds.KindOf(item.Tokens[k].Lower, k > 0 ? item.Tokens[k - 1].Lower : null) is not null || item.Tokens[k].Lower == "arrangement");

    /// <summary>Whether the noun at <paramref name="noun"/> is the document an item opens with.</summary>
    public static bool IsItemHead(int noun) => noun < ItemHead;
}
