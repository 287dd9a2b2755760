using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the ministers signed cooperation agreements", "the two premiers witnessed the exchange of cooperation documents",
/// "they exchanged memorandums of understanding on trade and health": visit coverage often tells the signed package by a bare
/// plural, with neither a count nor a quantifier, and that package is one outcome of the visit as a counted set is (the
/// pattern: a bare plural document noun as the object of a reported signing, see <see cref="CountedSetSigned"/>). Only a
/// reported making counts: the past "signed", "inked" or "exchanged" right before the phrase (not "had signed ... before", a
/// passive "were exchanged", or a wish "to sign"), the nominal signing or exchange under a verb of presence, or a gerund of
/// means ("by signing"). Members told one by one after the plural, or a list after it, are read item by item instead.
/// </summary>
internal static class UncountedSetSigned
{
    /// <summary>Modifiers allowed between the verb and the plural noun ("signed cooperation agreements", "signed new trade deals").</summary>
    private const int MaxModifiers = 2;

    /// <summary>Plural nouns left out: "exchanged instruments of ratification" acts on a treaty already made; "contracts" are firms' deals.</summary>
    private static readonly FrozenSet<string> LeftOut = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "instruments", "contracts", "texts" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are no modifier of the plural: determiners, quantities and connectives mark another phrase.</summary>
    private static readonly FrozenSet<string> NotModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "these", "those", "this", "that", "its", "their", "his", "her", "our", "your", "both", "all", "any", "some",
        "no", "many", "more", "most", "few", "other", "such", "and", "or", "of", "to", "on", "in", "with", "for", "as", "at", "by",
        "which", "what", "whose", "several", "various", "numerous", "multiple",
        // "signed separate treaties with A and with B", "signed similar treaties": several documents, each of its own.
        "separate", "similar", "individual", "respective", "parallel", "different",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plurals specific enough to stand bare after a finite "signed": "exchanged memorandums of understanding".</summary>
    private static readonly FrozenSet<string> MemorandumPlurals = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "memoranda", "memorandums", "mous" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words before a participle that make it an adjective ("the signed documents", "a handful of signed memoranda", "turn into
    /// signed project agreements": after a preposition the participle describes the plural, no one signs it).
    /// </summary>
    private static readonly FrozenSet<string> BeforeAnAdjective = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "had", "be", "being", "been", "were", "was", "is", "are", "to", "the", "a", "an", "of", "these", "those", "their", "its", "his",
        "her", "our", "newly", "recently", "already", "jointly", "into", "in", "as", "for", "from", "with", "without", "like",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the bare plural set whose noun stands at <paramref name="noun"/> opens, or -1 when it is none.</summary>
    public static int StartAt(List<Token> tokens, int noun)
    {
        if (!AgreementKinds.PluralDocumentNouns.Contains(tokens[noun].Text) || LeftOut.Contains(tokens[noun].Text) || tokens[noun].IsCapitalized) return -1;
        if (CountedSetMade.ItemsFollow(tokens, noun) || ListFollows(tokens, noun)) return -1;
        for (var start = noun; start >= 1 && start >= noun - MaxModifiers; start--)
        {
            // "signed agreements establishing ...", "signed documents in the capital": a bare plural after a finite verb says too
            // little to be one package; it takes a modifier ("cooperation agreements"), a memorandum's noun, or the nominal signing.
            var bare = start == noun && !MemorandumPlurals.Contains(tokens[noun].Text);
            if (MadeRightBefore(tokens, start, bare)) return start;
            var modifier = tokens[start - 1];
            if (!modifier.IsWord || modifier.IsCapitalized || NotModifiers.Contains(modifier.Text) || CountWords.TryReadSpelledOrFigures(modifier.Text, 1, 100000, out _)
                || AgreementKinds.PluralDocumentNouns.Contains(modifier.Text)) return -1;
        }
        return -1;
    }

    /// <summary>Whether the phrase opening at <paramref name="start"/> is the object of a reported signing or exchange.</summary>
    private static bool MadeRightBefore(List<Token> tokens, int start, bool bare)
    {
        var verb = tokens[start - 1].Lower;
        if (verb is "signed" or "inked" or "exchanged")
            return !bare && !(start >= 2 && BeforeAnAdjective.Contains(tokens[start - 2].Text));
        return CountedSetWitnessedSigning.At(tokens, start) || !bare && VaguelyCountedSet.SignedByAGerund(tokens, start);
    }

    /// <summary>"signed memoranda, among them ...", "exchanged documents including ...", "signed agreements:": its members follow.</summary>
    private static bool ListFollows(List<Token> tokens, int noun)
    {
        for (var k = noun + 1; k < tokens.Count; k++)
            if (tokens[k].Text is ":" || tokens[k].Lower is "including" or "among" or "includes" or "include") return true;
        return false;
    }
}
