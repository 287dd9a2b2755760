using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Officials signed nine documents in the presence of the leaders, among them a shipping agreement and a memorandum on X",
/// "The package holds three texts: an agreement on X; a mechanism for Y; and a statement on Z", "Those accords include a
/// memorandum on X and a customs agreement": a document noun enumerated after a plural of documents (after a colon, "among
/// them", "including", "include") is one member of that set (the pattern: an enumeration names the members of the plural it
/// follows), however far the plural's verb stands. Each member is a document, made when the set is made; "witnessed the exchange of
/// documents, including X" leaves X unsigned by the witnesses (the noun "exchange" is no making verb here).
/// </summary>
internal static class ItemOfADocumentSet
{
    /// <summary>Words that open an enumeration of a plural's members.</summary>
    private static readonly FrozenSet<string> Openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ":", "including", "include", "includes", "included", "namely" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tokens that may stand right before a member: the opener or the glue between members.</summary>
    private static readonly FrozenSet<string> ItemGlue = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ",", ";", "and", "plus" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs and nouns of making a set of documents: "signed nine documents", "three texts were exchanged".</summary>
    private static readonly FrozenSet<string> MakingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "sign", "signing", "exchanged", "concluded", "adopted", "inked", "initialled", "initialed", "agreed",
        "reached", "sealed", "struck",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far back from a member the set's opener may stand (earlier members lie between).</summary>
    private const int MembersReach = 45;

    /// <summary>How far before the opener the plural may stand ("Four documents were signed once the talks ended:").</summary>
    private const int PluralReach = 25;

    /// <summary>
    /// The set a reference opening at <paramref name="start"/> is a member of: the plural noun and the opener, or null.
    /// </summary>
    public static (int Plural, int Opener)? Of(List<Token> tokens, int start)
    {
        if (start <= 0) return null;
        // A member opens right after the opener or the glue between members.
        var before = tokens[start - 1];
        if (!ItemGlue.Contains(before.Text) && !Openers.Contains(before.Text) && !(before.Lower == "them" && start >= 2 && tokens[start - 2].Lower == "among")) return null;
        // "...: an agreement on X, which covers ..., including Y; an agreement on Z": an opener inside a member's own clause
        // has no plural before it, so the search goes on to the set's opener; a semicolon between members widens the reach,
        // each member told in full between semicolons.
        var reach = start - MembersReach;
        for (var k = start - 1; k >= 0 && k >= reach; k--)
        {
            var t = tokens[k];
            if (t.Text is "." or "?" or "!") return null;
            if (t.Text == ";") reach = Math.Min(reach, k - MembersReach);
            if (!(Openers.Contains(t.Text) || t.Lower == "among" && k + 1 < tokens.Count && tokens[k + 1].Lower is "them" or "which" or "those")) continue;
            if (k > 0 && PluralBefore(tokens, k) is { } plural) return (plural, k);
        }
        return null;
    }

    /// <summary>The plural of documents shortly before an opener, or null.</summary>
    private static int? PluralBefore(List<Token> tokens, int opener)
    {
        for (var k = opener - 1; k >= 0 && k >= opener - PluralReach; k--)
        {
            var t = tokens[k];
            if (t.Text is ";" or ":" or ".") break;
            if (AgreementKinds.PluralDocumentNouns.Contains(t.Text)) return k;
        }
        return null;
    }

    /// <summary>Words that make a plural of documents definite: the documents the story is about.</summary>
    private static readonly FrozenSet<string> DefinitePlurals = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "both", "these", "those", "all" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"A and B signed the documents", "signed both texts": a signing verb whose object is a definite plural of documents.</summary>
    public static bool SignedAsAPlural(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!SigningVerb.IsAt(tokens, v)) continue;
            var k = SigningVerb.ObjectStart(tokens, v);
            if (k + 1 < tokens.Count && DefinitePlurals.Contains(tokens[k].Text) && AgreementKinds.PluralDocumentNouns.Contains(tokens[k + 1].Text)) return true;
        }
        return false;
    }

    /// <summary>Nouns of a vague quantity that open a plural of documents: "a set of", "a series of", "a number of".</summary>
    private static readonly FrozenSet<string> QuantityNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "set", "series", "number", "package", "raft", "range", "host", "slew", "batch", "bundle" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the plural's phrase opens for the making word's reach: at its quantity noun when "a set of" or "a series of"
    /// leads it ("witnessed the signing of a set of trade documents, including ...": the signing stands before the
    /// quantity phrase, not before the plural; the pattern: visit coverage telling the signed package by a vague quantity
    /// and then its members), else at the plural itself.
    /// </summary>
    private static int PhraseOpening(List<Token> tokens, int plural)
    {
        for (var k = plural - 1; k >= 1 && k >= plural - 4; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or ".") break;
            if (tokens[k].Lower == "of" && QuantityNouns.Contains(tokens[k - 1].Text)) return k - 1;
        }
        return plural;
    }

    /// <summary>Whether the set is made in its own clause: a making word just before the plural or between it and the opener.</summary>
    public static bool Made(List<Token> tokens, (int Plural, int Opener) set)
    {
        for (var k = Math.Max(0, PhraseOpening(tokens, set.Plural) - 5); k < set.Opener; k++)
            if (MakingWords.Contains(tokens[k].Text)) return true;
        return false;
    }
}
