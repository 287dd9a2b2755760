using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the two presidents signed a series of agreements", "closed by signing a number of trade accords", "signed
/// several accords": wire copy of visits often tells the signed package by a vague quantity, a group noun with "of" or a
/// quantifier, where other copy gives the count; the set is one outcome as a counted one is (see <see cref="CountedSetSigned"/>,
/// whose tests of making and of members listed after it apply alike). A verbal gerund right before the phrase ("by signing
/// a number of ...") signs it as "signed" does.
/// </summary>
internal static class VaguelyCountedSet
{
    /// <summary>
    /// Group nouns that, after "a" and before "of", count a plural vaguely ("a series of", "a package of"). "A string of deals"
    /// is left out: it tells deals struck one after another, over a tour or a season, more often than one package.
    /// </summary>
    private static readonly FrozenSet<string> GroupNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "series", "number", "set", "package", "batch", "raft", "range", "host", "slew", "bundle", "slate", "clutch", "couple" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Quantifiers that stand for a count before a plural ("several accords", "numerous agreements").</summary>
    private static readonly FrozenSet<string> Quantifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "several", "various", "numerous", "multiple" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the vague quantity that ends at <paramref name="k"/> (the quantifier, or the "of" of a group noun) opens: the
    /// quantifier itself, or the "a" before the group noun and at most one adjective ("a whole series of", "a large number of"); -1 if none.
    /// </summary>
    public static int StartAt(List<Token> tokens, int k)
    {
        if (Quantifiers.Contains(tokens[k].Text)) return k;
        if (tokens[k].Lower != "of" || k < 2 || !GroupNouns.Contains(tokens[k - 1].Text)) return -1;
        if (tokens[k - 2].Lower is "a") return k - 2;
        return k >= 3 && tokens[k - 3].Lower is "a" && tokens[k - 2].IsWord && !tokens[k - 2].IsCapitalized ? k - 3 : -1;
    }

    /// <summary>
    /// "The package, called the X Convention, sets ...": a later sentence that names the package as one titled document tells
    /// the plural as that document's pages, not as a set of its own (the title carries it).
    /// </summary>
    public static bool PackageNamedAsOne(List<Token> tokens) =>
        tokens.Count > 4 && tokens[0].Lower == "the" && (tokens[1].Lower == "package" || GroupNouns.Contains(tokens[1].Text)) && tokens[2].Text == ","
        && tokens[3].Lower is "called" or "named" or "known" or "dubbed" or "titled";

    /// <summary>Whether the mention's phrase opens with a vague quantity before its plural noun ("a series of agreements"): a set, as a counted one is (see <see cref="SameCountedSetAgain.IsASet"/>).</summary>
    public static bool Opens(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        var noun = m.TokenEnd - 1;
        if (noun <= m.TokenStart || !AgreementKinds.PluralDocumentNouns.Contains(tokens[noun].Text)) return false;
        for (var k = m.TokenStart; k < noun; k++)
            if (StartAt(tokens, k) == m.TokenStart) return true;
        return false;
    }

    /// <summary>
    /// "a set of agreements covering X, Y and Z", "a package of protocols — on X and Y": a vague quantity has no identity beyond
    /// the members told right after it, so a plural whose members follow (by topic or by a dash, see
    /// <see cref="CountedSetMade.ItemsFollow"/>) is read item by item, not as a set.
    /// </summary>
    public static bool MembersFollow(List<Token> tokens, int noun)
    {
        if (CountedSetMade.ItemsFollow(tokens, noun)) return true;
        var end = TopicItemsOfAPlural.PhraseEnd(tokens, noun) + 1;
        return end < tokens.Count && tokens[end].Lower is "covering" or "spanning";
    }

    /// <summary>
    /// "by signing a number of ...", "after signing seven documents": the verbal gerund whose direct object opens at
    /// <paramref name="start"/>, under a preposition of means or time that ties it to the act told ("closed by signing"); a
    /// participle loosely attached after a comma ("toured three capitals, signing ...") tells another occasion.
    /// </summary>
    public static bool SignedByAGerund(List<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Lower is "signing" or "inking" && tokens[start - 2].Lower is "by" or "after" or "before" or "upon" or "on" or "while";
}
