using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The following were signed and exchanged:" / "The agreements signed include:" followed by one document per bullet or
/// line: a lead that ends in a colon after a signing verb concludes every document listed under it, each item in a
/// paragraph of its own (the pattern: a list's lead is the verb of every item). The items end at the first line that
/// does not open with a document.
/// </summary>
internal static class ConcludedListItems
{
    private static readonly HashSet<string> LeadVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "signed", "exchanged", "concluded", "adopted", "inked", "initialled", "initialed", "agreed", "sign", "exchange" };

    /// <summary>How far into an item its document may begin: "Currency Swap Agreement between ..." or "1. MoU on ...".</summary>
    private const int ItemHead = 8;

    /// <summary>Item sentence index → the lead sentence above it.</summary>
    public static Dictionary<int, Sentence> Find(IReadOnlyList<Sentence> sentences)
    {
        var items = new Dictionary<int, Sentence>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var lead = sentences[s];
            if (!lead.Text.TrimEnd().EndsWith(':') || !lead.Tokens.Any(t => LeadVerbs.Contains(t.Text))) continue;
            var paragraph = lead.Paragraph;
            for (var k = s + 1; k < sentences.Count && k <= s + 30; k++)
            {
                var item = sentences[k];
                if (item.Paragraph == paragraph || !OpensWithDocument(item)) break;
                items[k] = lead;
                paragraph = item.Paragraph;
            }
        }
        return items;
    }

    /// <summary>Whether a document noun stands among the item's first words.</summary>
    public static bool OpensWithDocument(Sentence item) =>
        Enumerable.Range(0, Math.Min(ItemHead, item.Tokens.Count))
            .Any(k => AgreementKinds.KindOf(item.Tokens[k].Lower, k > 0 ? item.Tokens[k - 1].Lower : null) is not null);

    /// <summary>Whether the noun at <paramref name="noun"/> is the document an item opens with.</summary>
    public static bool IsItemHead(int noun) => noun < ItemHead;
}
