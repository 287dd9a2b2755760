using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The leaders signed the Joint Declaration of A and B, together with the Plan of Action", "X and Y signed a joint statement
/// and a trade protocol": the documents one signing verb takes as coordinated objects share their signers, however each
/// got them (named, a group, a meeting's people) (the pattern: one act of signing, one set of signers). Only documents
/// joined by list words and title words count, so "signed a statement and witnessed the signing of three agreements"
/// shares nothing.
/// </summary>
internal static class DocumentsSignedTogether
{
    /// <summary>Lower-case words that may stand between two coordinated documents, their titles included.</summary>
    private static readonly FrozenSet<string> Joiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", "and", "together", "with", "as", "well", "along", "of", "the", "a", "an", "on", "for", "to", "in", "-", "–", "(", ")" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const string Rule = "signed in one act with a document coordinated with it (DocumentsSignedTogether)";

    /// <summary>Adds to each coordinated document the SIGNED relationships of the others.</summary>
    public static void Add(IReadOnlyList<Sentence> sentences, IReadOnlyList<Agreement> agreements, RelationshipSet relationships)
    {
        // Two kept documents at least, or no sentence can tell two signed together (most articles have one or none).
        if (agreements.Count(a => a.Id is not null) < 2) return;
        var bySentence = agreements.Where(a => a.Id is not null).SelectMany(a => a.Mentions.Select(m => (Mention: m, Agreement: a)))
            .ToLookup(x => x.Mention.Sentence.Index);
        foreach (var sentence in sentences)
        {
            var told = bySentence[sentence.Index].OrderBy(x => x.Mention.TokenStart).ToList();
            if (told.Select(x => x.Agreement).Distinct().Count() < 2) continue;
            var tokens = sentence.Tokens;
            for (var verb = 0; verb < tokens.Count; verb++)
            {
                if (!SigningVerb.IsAt(tokens, verb) || verb + 1 < tokens.Count && tokens[verb + 1].Lower == "by") continue;
                var objectStart = SigningVerb.ObjectStart(tokens, verb);
                var first = told.FindIndex(x => x.Mention.TokenStart == objectStart);
                if (first < 0) continue;
                var together = new List<Agreement> { told[first].Agreement };
                for (var i = first + 1; i < told.Count && OnlyJoinersBetween(tokens, told[i - 1].Mention.TokenEnd, told[i].Mention.TokenStart); i++)
                    if (!together.Contains(told[i].Agreement) && !InsideATitle(tokens, told[i].Mention.TokenStart)) together.Add(told[i].Agreement);
                if (together.Count < 2) continue;
                var ids = together.Select(a => a.Id!).ToHashSet();
                var signers = relationships.All.Where(r => r.Type == "SIGNED" && ids.Contains(r.To)).Select(r => r.From).Distinct().ToList();
                foreach (var document in together)
                    foreach (var person in signers.Where(p => !relationships.All.Any(r => r.Type == "SIGNED" && r.From == p && r.To == document.Id)))
                        relationships.Add("SIGNED", person, document.Id!, sentence.Text, 0.7, rule: Rule);
            }
        }
    }

    /// <summary>
    /// "the General Agreement on Peace and National Accord": a capitalised document name right after "and" or "of" between
    /// capitalised words is a word of the title before it, not a second document.
    /// </summary>
    internal static bool InsideATitle(List<Token> tokens, int start) =>
        start >= 2 && tokens[start].IsCapitalized && tokens[start - 1].Lower is "and" or "of" && tokens[start - 2].IsCapitalized && tokens[start - 2].IsWord;

    /// <summary>Whether only list words and capitalised title words stand between two documents.</summary>
    private static bool OnlyJoinersBetween(List<Token> tokens, int from, int to) =>
        to >= from && to - from <= 16 && Enumerable.Range(from, to - from).All(k => Joiners.Contains(tokens[k].Text) || tokens[k].IsCapitalized || tokens[k].Text.All(char.IsDigit));
}
