using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Where a sentence says that someone signed: "signed", "inked", "initialled", "countersigned", and the
/// phrase "put their names to" ("X and Y put their names to the text while Z looked on").
/// </summary>
internal static class SigningVerb
{
    /// <summary>
    /// A signing verb whose subject signs: not the passive "signed by", not a witness's "signed as witness" (the test each rule
    /// that reads a signer from the words before the verb needs).
    /// </summary>
    public static bool SubjectSignsAt(List<Token> tokens, int i) =>
        i < tokens.Count && IsAt(tokens, i) && !(i + 1 < tokens.Count && tokens[i + 1].Lower == "by") && !SignedAsWitness.At(tokens, i);

    public static bool IsAt(List<Token> tokens, int i) =>
        CanOpenASigning(tokens[i].Lower) &&
        (tokens[i].Lower is "signed" or "inked" or "initialled" or "initialed" or "countersigned" || HeadlinePresent(tokens, i) || OpensAPlacingVerb(tokens[i].Lower) && PutNamesTo(tokens, i) || SignAsPurpose(tokens, i) || TurnCopula(tokens, i) >= 0);

    /// <summary>Words before a bare "sign" that make it a plan, a wish or a condition, not a report: "To Sign", "Will Sign", "if".</summary>
    private static readonly FrozenSet<string> NotReported = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "not", "did", "does", "do", "cannot", "won't" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a condition or a time clause whose "sign" tells no signing yet: "once Kenya and Uganda sign the accord".</summary>
    private static readonly FrozenSet<string> ConditionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "if", "unless", "once", "until", "when", "whenever", "before", "after", "should" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Starmer and Merz sign Kensington Treaty", "Jospin, Lafleur and Wamytan sign the Noumea Accord", "Hegseth signs Panama
    /// security pacts": the present tense of headlines right after a capitalised subject tells a signing that took place (the
    /// pattern: news headlines report past events in the simple present). "To Sign", "Will Sign" and a clause of condition
    /// ("once A and B sign") stay plans.
    /// </summary>
    private static bool HeadlinePresent(List<Token> tokens, int i)
    {
        if (tokens[i].Lower is not ("sign" or "signs") || i == 0 || !tokens[i - 1].IsWord || !tokens[i - 1].IsCapitalized || NotReported.Contains(tokens[i - 1].Text)) return false;
        for (var k = i - 1; k >= 0 && tokens[k].Text is not ("," or ";" or ":" or "." or "|" or "-" or "—"); k--)
            if (ConditionWords.Contains(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>The first letters of the placing verbs ("put", "affixed", "added", "appended", "placed", "set"): the cheap test before their set look-ups.</summary>
    private static bool OpensAPlacingVerb(string lower) => lower[0] is 'p' or 'a' or 's';

    /// <summary>Whether the sentence says anywhere that someone signed.</summary>
    public static bool AnyIn(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
            if (IsAt(tokens, k)) return true;
        return false;
    }

    /// <summary>
    /// The first letters the verbs and phrases above open with ("signed", "inked", "countersigned", "put", "affixed"): the
    /// cheap test that turns away nearly every word before the set look-ups (the verb is tested for on every word).
    /// </summary>
    private static bool CanOpenASigning(string lower) => lower.Length >= 3 && lower[0] is 's' or 'i' or 'c' or 'p' or 'a';

    /// <summary>Past acts whose purpose, told by "to sign", was carried out in the telling: one sat down, met or flew in to sign.</summary>
    private static readonly FrozenSet<string> PurposeActs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "sat", "met", "flew", "came", "travelled", "traveled", "arrived", "gathered", "assembled", "joined", "stood", "used" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make the purpose a wish or a plan, not an act: "were due to sign", "has yet to sign".</summary>
    private static readonly FrozenSet<string> Unrealised = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "expected", "due", "hoped", "hopes", "pledged", "planned", "plans", "set", "yet", "refused", "declined", "failed", "will", "would", "wants", "going", "scheduled", "ready" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X sat down with Y and Z to sign the initiative", "X flew in from Vienna to sign a separate document with Y": "to sign"
    /// after a past act of coming together, in the same clause, tells a signing that took place (the pattern: a purpose
    /// infinitive of a reported act). "were expected to sign", "will travel to sign" stay plans.
    /// </summary>
    private static bool SignAsPurpose(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "sign" || i < 2) return false;
        // "met to review relations and sign the accord": the "to" the coordinated purpose shares (see SignInACoordinatedPurpose).
        var to = tokens[i - 1].Lower == "to" ? i - 1 : SignInACoordinatedPurpose.SharedTo(tokens, i);
        if (to < 0) return false;
        for (var k = to - 1; k >= 0 && k >= to - 23 && tokens[k].Text is not ("," or ";" or "." or ":"); k--)
        {
            if (Unrealised.Contains(tokens[k].Text)) return false;
            if (PurposeActs.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>Places in a signing's order: "the first to sign", "the last to sign", "among the first to sign".</summary>
    private static readonly FrozenSet<string> TurnWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "first", "second", "third", "fourth", "fifth", "next", "last", "final", "only" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X was the first to sign", "Y was among the last to sign": a past copula, "the", a place in the order and "to sign" tell a
    /// signing that took place, its signer the copula's subject (the pattern: an ordinal with an infinitive names who acted in
    /// turn). The index of the copula, or -1; "will be the first to sign" is a plan, not told here.
    /// </summary>
    public static int TurnCopula(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "sign" || i < 4 || tokens[i - 1].Lower != "to" || !TurnWords.Contains(tokens[i - 2].Text) || tokens[i - 3].Lower != "the") return -1;
        var k = tokens[i - 4].Lower == "among" ? i - 5 : i - 4;
        return k >= 1 && tokens[k].Lower is "was" or "were" ? k : -1;
    }

    /// <summary>Verbs that, with a possessive and "signature" or "name", sign: "put", "affixed", "added", "appended", "placed", "set".</summary>
    internal static readonly FrozenSet<string> PlacingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "put", "affixed", "added", "appended", "placed", "set" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "put their names to", "put his signature on", "affixed their signatures to": a placing verb, a possessive, a name or
    /// signature, then "to" or "on" before the text (the pattern: giving one's signature to a text signs it). A name given
    /// "to" something needs the signature word or "put": "added their names to the list" is no signing.
    /// </summary>
    private static bool PutNamesTo(List<Token> tokens, int i) =>
        PlacingVerbs.Contains(tokens[i].Text) && (SignatureObjectMarker(tokens, i) > 0 || SignaturesWithoutObject(tokens, i));

    /// <summary>
    /// Where the "to" or "on" that brings in the text of a signature phrase stands, or -1: right after the signature's noun, or
    /// past the short aside of a signature phrase (see <see cref="SignatureAside"/>).
    /// </summary>
    private static int SignatureObjectMarker(List<Token> tokens, int i)
    {
        var noun = SignatureNounAt(tokens, i);
        if (noun < 0 || noun + 1 >= tokens.Count || !SignsWith(tokens[i].Lower, tokens[noun].Lower)) return -1;
        // "the summit set its seal on the partnership": a seal of no person is a figure of approval, not a signature.
        if (tokens[noun].Lower is "seal" or "seals" && tokens[i + 1].Lower == "its") return -1;
        var k = SignatureAside.PairedNounEnd(tokens, noun, n => SignsWith(tokens[i].Lower, n));
        if (k >= tokens.Count) return -1;
        if (tokens[k].Lower == "to") return k;
        var past = SignatureAside.To(tokens, k);
        return past >= 0 ? past : tokens[k].Lower == "on" ? k : -1;
    }

    /// <summary>
    /// The nouns a placing verb signs with: a signature, initials or a seal whatever the verb ("affixed their seals", "put his
    /// seal to": a seal was the signature of rulers and envoys), a name after "put" or "set" ("set their names to").
    /// </summary>
    private static bool SignsWith(string verb, string noun) =>
        noun is "signatures" or "signature" or "initials" or "seal" or "seals" || verb is "put" or "set" && noun is "names" or "name";

    /// <summary>
    /// Where the noun of a placing verb's signature phrase stands: after the possessive ("put their names"), or after "own"
    /// ("added their own signatures", "put his own initials": "own" only stresses whose the signature is); -1 with no
    /// possessive right after the verb.
    /// </summary>
    private static int SignatureNounAt(List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i + 1].Lower is not ("their" or "his" or "her" or "its")) return -1;
        return tokens[i + 2].Lower == "own" ? i + 3 : i + 2;
    }

    /// <summary>What may follow "added their signatures" when the text signed is the one under discussion: the end, an order
    /// ("in turn", "one after another"), a time, or where on the page ("added their signatures beneath the parties' names").</summary>
    private static readonly FrozenSet<string> BareSignatureFollowers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".", ",", ";", ":", "next", "first", "last", "too", "later", "then", "in", "one", "below", "beneath", "under", "alongside", "beside" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "A and B added their signatures next", "the two envoys put their signatures, and ...": a signature phrase with no object
    /// signs the document under discussion, as a bare "signed" does (the pattern: the signature word alone makes the act; a
    /// name added without it, "added their names", is no signing).
    /// </summary>
    internal static bool SignaturesWithoutObject(List<Token> tokens, int i)
    {
        if (!PlacingVerbs.Contains(tokens[i].Text)) return false;
        var noun = SignatureNounAt(tokens, i);
        return noun > 0 && tokens[i + 1].Lower != "its" && noun + 1 < tokens.Count && tokens[noun].Lower is "signatures" or "signature" or "initials"
               && (BareSignatureFollowers.Contains(tokens[noun + 1].Text) || ForASide(tokens, noun + 1));
    }

    /// <summary>
    /// "A and B added their signatures for Norland", "put his signature on behalf of Vestria": a signature phrase followed by
    /// the side it binds, "for" or "on behalf of" and a capitalised name, signs the document under discussion as "signed for
    /// Norland" does (the pattern: naming the side one signs for marks the act as a signing of the text at hand).
    /// </summary>
    private static bool ForASide(List<Token> tokens, int k) =>
        tokens[k].Lower == "for" && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized
        || tokens[k].Lower == "on" && k + 3 < tokens.Count && tokens[k + 1].Lower == "behalf" && tokens[k + 2].Lower == "of";

    /// <summary>
    /// Where the object of the verb at <paramref name="i"/> may start: after "put their names to", after "signed up to" or
    /// "signed on to" (a phrasal form of the same act: joining a text by signing it), else right after the verb.
    /// </summary>
    public static int ObjectStart(List<Token> tokens, int i) =>
        SignaturesWithoutObject(tokens, i) ? SignatureNounAt(tokens, i) + 1 : PutNamesTo(tokens, i) ? SignatureObjectMarker(tokens, i) + 1 : SignedUpTo(tokens, i) ? i + 3 : i + 1;

    /// <summary>
    /// "The three men put their names to a joint statement": a signing verb, of one word or a phrase, whose object opens at
    /// <paramref name="start"/> (the pattern: a phrase that signs governs the noun right after it as the verb does).
    /// </summary>
    public static bool HasObjectAt(List<Token> tokens, int start)
    {
        for (var k = Math.Max(0, start - 5); k < start; k++)
            if (IsAt(tokens, k) && ObjectStart(tokens, k) == start) return true;
        return false;
    }

    /// <summary>"signed up to the pact", "signed on to the accord": the phrasal verb of joining governs the document after it.</summary>
    internal static bool SignedUpTo(List<Token> tokens, int i) =>
        tokens[i].Lower is "signed" && i + 2 < tokens.Count && tokens[i + 1].Lower is "up" or "on" && tokens[i + 2].Lower == "to";
}
