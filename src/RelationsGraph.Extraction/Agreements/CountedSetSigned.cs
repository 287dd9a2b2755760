using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "After the talks the two ministers signed six agreements", "officials signed 14 cooperation documents": a signing whose
/// object is a counted plural of documents, which the story never enumerates item by item, reports the set as one outcome of
/// the visit (the pattern: news copy of state visits names the signed package only by its count). Enumerated counts ("signed
/// two documents. The first, ...", "signed three accords: ...") are read item by item instead (see <see cref="CountedDocuments"/>).
/// </summary>
internal static class CountedSetSigned
{
    /// <summary>Modifiers allowed between the count and the plural noun ("five bilateral agreements", "three financing agreements").</summary>
    private const int MaxModifiers = 2;

    /// <summary>
    /// For each sentence, whether the story goes on to list documents one by one: an ordinal item ("The first, ...") or a list's
    /// lead ("The four texts are:") within reach, or the next two sentences each opening with a document ("signed four
    /// documents." then "The Agreement on X, ..." and "The Agreement on Y."), as the items of a list do.
    /// </summary>
    public static bool[] ListedOneByOneAfter(IReadOnlyList<Sentence> sentences)
    {
        var opensWithItem = sentences.Select(s => s.Tokens.Count > 2 && Ordinals.IsOrdinal(s.Tokens[s.Tokens[0].Lower is "the" or "a" or "an" ? 1 : 0].Text) &&
                                                  CountedDocuments.OpensWithAnItem(s.Tokens) || LeadsAListOfDocuments(s.Tokens)).ToArray();
        var listed = new bool[sentences.Count];
        for (var index = 0; index < sentences.Count; index++)
        {
            for (var k = index + 1; k < opensWithItem.Length && k <= index + CountedDocuments.EnumerationReach && !listed[index]; k++)
                listed[index] = opensWithItem[k] || VaguelyCountedSet.PackageNamedAsOne(sentences[k].Tokens);
            listed[index] |= index + 2 < sentences.Count && ConcludedListItems.OpensWithDocument(sentences[index + 1]) &&
                             ConcludedListItems.OpensWithDocument(sentences[index + 2]);
            // "They include:", "The broadest, the X Declaration, ...": the next sentence leads the list or describes one member.
            listed[index] |= index + 1 < sentences.Count && (EndsWithAColon(sentences[index + 1].Tokens) || OpensWithASuperlative(sentences[index + 1].Tokens)
                                                             || OpensOnItsMembers(sentences[index + 1].Tokens));
        }
        return listed;
    }

    /// <summary>Whether the plural document noun at <paramref name="noun"/> closes a counted set that a signing verb takes as its object, or that is told made otherwise (see <see cref="CountedSetMade"/>).</summary>
    public static bool At(List<Token> tokens, int noun)
    {
        if (!AgreementKinds.PluralDocumentNouns.Contains(tokens[noun].Text)) return false;
        for (var k = noun - 1; k >= 0 && k >= noun - 1 - MaxModifiers; k--)
        {
            // "a series of agreements", "several accords": a vague quantity stands for the count (see VaguelyCountedSet).
            var counted = IsCount(tokens[k].Text);
            var count = counted ? k : VaguelyCountedSet.StartAt(tokens, k);
            if (count >= 0 && !counted && VaguelyCountedSet.MembersFollow(tokens, noun)) return false;
            if (count >= 0)
                return (SigningVerb.HasObjectAt(tokens, count) || CountedSetMade.At(tokens, count, noun) || OtherFormOfMaking(tokens, count, noun)
                        || VaguelyCountedSet.SignedByAGerund(tokens, count) && !CountedSetMade.ItemsFollow(tokens, noun)) && !ListFollows(tokens, noun);
            // "fifteen agreements and memoranda": the second plural of a coordinated set is a word of the same set.
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Lower is "and" or "or" || AgreementKinds.PluralDocumentNouns.Contains(tokens[k].Text)) return false;
        }
        return false;
    }

    /// <summary>
    /// The package's signing told by a verb of exchanging or by the nominal signing under a verb of presence (see
    /// <see cref="CountedSetExchanged"/>, <see cref="CountedSetWitnessedSigning"/>), unless its members follow it one by one
    /// (see <see cref="CountedSetMade"/>).
    /// </summary>
    private static bool OtherFormOfMaking(List<Token> tokens, int count, int noun) =>
        (CountedSetExchanged.At(tokens, count) || CountedSetWitnessedSigning.At(tokens, count))
        && !CountedSetMade.ItemsFollow(tokens, noun);

    /// <summary>Where the count of the counted set whose plural noun stands at <paramref name="noun"/> stands, or -1.</summary>
    public static int CountOf(List<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 1 - MaxModifiers; k--)
            if (IsCount(tokens[k].Text)) return k;
            else if (VaguelyCountedSet.StartAt(tokens, k) is var vague and >= 0) return vague;
        return -1;
    }

    /// <summary>
    /// "Among them were a roadmap for X and a memorandum on Y", "They include a treaty on Z": a sentence that opens by naming the
    /// set's members from among it lists them (the pattern: the partitive "among them" or "they include" right after the set).
    /// "They cover a customs pact, a teacher swap and ...": a verb of covering after "they" tells the members as well.
    /// </summary>
    private static bool OpensOnItsMembers(List<Token> tokens) =>
        tokens.Count > 3 && (tokens[0].Lower == "among" && tokens[1].Lower is "them" or "these" or "those"
                             || tokens[0].Lower is "they" or "these" or "those" && tokens[1].Lower is "include" or "included" or "includes" or "cover" or "covered")
        || OpensOnAMemberInApposition(tokens);

    /// <summary>
    /// "The centrepiece, the X Pact, guaranteed ...", "The main one, a treaty on Y, ...": a sentence that opens on a word for one
    /// member and names the document in apposition singles a member of the set out, as a superlative does.
    /// </summary>
    private static bool OpensOnAMemberInApposition(List<Token> tokens)
    {
        if (tokens.Count < 6 || tokens[0].Lower != "the") return false;
        var comma = tokens[1].IsWord && tokens[2].Text == "," ? 2 : tokens[1].IsWord && tokens[2].IsWord && tokens[3].Text == "," ? 3 : -1;
        if (comma < 0 || Enumerable.Range(1, comma - 1).Any(k => AgreementKinds.KindOf(tokens[k].Lower, null) is not null)) return false;
        for (var k = comma + 1; k < tokens.Count && k <= comma + 8 && tokens[k].Text != ","; k++)
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return true;
        return false;
    }

    /// <summary>"They include:", "Among them:": a short sentence right after the count that only leads its list.</summary>
    private static bool EndsWithAColon(List<Token> tokens) => tokens.Count is > 1 and <= 8 && tokens[^1].Text == ":";

    /// <summary>
    /// "The broadest, the X Declaration, was signed by ...", "The most closely watched, a memorandum on Y, ...": a superlative
    /// standing for a member of the set told just before opens the sentence as an ordinal does (the pattern: the set's members
    /// ranked and told one by one).
    /// </summary>
    private static bool OpensWithASuperlative(List<Token> tokens)
    {
        if (tokens.Count < 4 || tokens[0].Lower != "the") return false;
        var k = 1;
        if (tokens[k].Lower is "most" or "least") k += 1 + (tokens.Count > 3 && tokens[2].Lower.EndsWith("ly", StringComparison.Ordinal) ? 1 : 0);
        else if (!(tokens[k].Lower.EndsWith("est", StringComparison.Ordinal) && tokens[k].Lower.Length > 4)) return false;
        else k++;
        return k < tokens.Count && tokens[k].IsWord && k + 1 < tokens.Count && tokens[k + 1].Text == "," ||
               k < tokens.Count && tokens[k].Text == ",";
    }

    /// <summary>"The four texts are:", "The agreements signed were:": a sentence that leads a list of the documents it counts.</summary>
    public static bool LeadsAListOfDocuments(List<Token> tokens) =>
        tokens.Count > 1 && tokens[^1].Text == ":" && tokens.Any(t => AgreementKinds.PluralDocumentNouns.Contains(t.Text) || t.Lower == "texts");

    /// <summary>Three or more, spelled ("seven", "fifteen") or in digits ("22").</summary>
    private static bool IsCount(string word) => CountWords.TryReadSpelledOrFigures(word, 3, 50, out _);

    /// <summary>
    /// "signed three accords: one on trade, ...", "signed nine documents, among them a visa waiver", "... including a treaty on
    /// X": a colon or an including phrase after the count opens the enumeration of its items.
    /// </summary>
    private static bool ListFollows(List<Token> tokens, int noun)
    {
        for (var k = noun + 1; k < tokens.Count; k++)
            if (tokens[k].Text == ":" || tokens[k].Lower is "including" or "among") return true;
        return false;
    }
}
