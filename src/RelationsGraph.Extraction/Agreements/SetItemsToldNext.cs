using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ministers exchanged a bundle of memorandums. The most closely watched was a port memorandum under which ...; a second
/// memorandum covers ...": a sentence that makes an unnamed plural of documents is followed by sentences that each open on one
/// new (indefinite) document of that set, with no verb of making of their own (the pattern: a story tells a signed set, then its
/// members one by one in the sentences after it). Each such sentence is an item whose lead is the set's sentence, as a
/// bulleted item is under its colon lead (see <see cref="ConcludedListItems"/>). The set may be a passive's subject ("Three
/// memoranda were exchanged"), and a member told back by "the" may stand between members told new.
/// </summary>
internal static class SetItemsToldNext
{
    /// <summary>Verbs and nouns that make a set: "exchanged a bundle of memorandums", "witnessed the signing of several documents".</summary>
    private static readonly FrozenSet<string> MakingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "exchanged", "concluded", "inked", "signing", "initialled", "initialed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a plural refer back to documents already told ("the documents were signed ..."): no new set.</summary>
    private static readonly FrozenSet<string> DefiniteWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "these", "those", "both", "all", "its", "their" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners of a document noun: the item must open on a new one ("a", "an", "another").</summary>
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "a", "an", "another", "the", "this", "that", "its", "their" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far after the making word the plural may stand ("signed a string of commercial contracts").</summary>
    private const int PluralReach = 8;

    /// <summary>How many sentences after the set's sentence may each tell one member.</summary>
    private const int ItemsReach = 3;

    /// <summary>Item sentence index → the sentence that makes the set.</summary>
    public static Dictionary<int, Sentence> Find(IReadOnlyList<Sentence> sentences)
    {
        var items = new Dictionary<int, Sentence>();
        for (var s = 0; s + 1 < sentences.Count; s++)
        {
            var lead = sentences[s];
            if (lead.Text.TrimEnd().EndsWith(':') || !MakesASet(lead.Tokens)) continue;
            for (var k = s + 1; k < sentences.Count && k <= s + ItemsReach; k++)
            {
                var item = sentences[k];
                if (item.Paragraph != lead.Paragraph) break;
                // "The farm memorandum was exchanged by X.": a member told back by "the" lies between the members told new.
                if (!OpensWithNewDocument(item.Tokens))
                {
                    if (ConcludedListItems.OpensWithDocument(item)) continue;
                    break;
                }
                items[k] = lead;
            }
        }
        return items;
    }

    /// <summary>Whether a making word stands shortly before an indefinite plural of documents.</summary>
    public static bool MakesASet(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!MakingWords.Contains(tokens[v].Text)) continue;
            // "are to sign", "will be signed": a set still to be made has no members yet.
            if (v > 0 && tokens[v - 1].Lower is "to" or "will" or "would") continue;
            // "Four memoranda of understanding were then exchanged": the passive's subject is the set.
            if (v > 0 && PassiveSubject(tokens, v) is true) return true;
            for (var k = v + 1; k < tokens.Count && k <= v + PluralReach; k++)
            {
                if (tokens[k].Text is "." or ";" or ":") break;
                if (!AgreementKinds.PluralDocumentNouns.Contains(tokens[k].Text)) continue;
                if (Enumerable.Range(v + 1, k - v - 1).Any(j => DefiniteWords.Contains(tokens[j].Text))) break;
                return true;
            }
        }
        return false;
    }

    /// <summary>"Several memoranda were then signed": whether an indefinite plural of documents is the subject of a passive making word.</summary>
    private static bool? PassiveSubject(List<Token> tokens, int v)
    {
        var be = Enumerable.Range(Math.Max(0, v - 2), v - Math.Max(0, v - 2)).Where(j => tokens[j].Lower is "were" or "been").Cast<int?>().FirstOrDefault();
        if (be is not { } b) return null;
        for (var k = b - 1; k >= 0 && k >= b - PluralReach; k--)
        {
            if (tokens[k].Text is "," or ";" or ":") return null;
            if (!AgreementKinds.PluralDocumentNouns.Contains(tokens[k].Text) && !(tokens[k].Lower == "understanding" && k >= 2 && AgreementKinds.PluralDocumentNouns.Contains(tokens[k - 2].Text))) continue;
            var noun = tokens[k].Lower == "understanding" ? k - 2 : k;
            return !Enumerable.Range(0, noun).Reverse().Take(4).Any(j => DefiniteWords.Contains(tokens[j].Text));
        }
        return null;
    }

    /// <summary>Whether a document noun among the sentence's first words is a new one: its last determiner is "a", "an" or "another".</summary>
    public static bool OpensWithNewDocument(List<Token> tokens)
    {
        var head = Math.Min(ConcludedListItems.ItemHead, tokens.Count);
        for (var k = 0; k < head; k++)
        {
            if (AgreementKinds.KindOf(tokens[k].Lower, k > 0 ? tokens[k - 1].Lower : null) is null) continue;
            var determiner = Enumerable.Range(0, k).Reverse().Select(j => tokens[j].Lower).FirstOrDefault(Determiners.Contains);
            return determiner is "a" or "an" or "another";
        }
        return false;
    }
}
