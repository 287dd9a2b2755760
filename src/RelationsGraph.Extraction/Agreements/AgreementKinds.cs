using System.Collections.Frozen;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Agreement nouns and their kinds. Kinds in one family can name the same document
/// ("joint statement" and "joint declaration"; "deal" and "agreement").
/// </summary>
internal static class AgreementKinds
{
    /// <param name="word">Lowercase word.</param>
    /// <param name="previous">Lowercase word before it, if any.</param>
    /// <param name="beforePrevious">Lowercase word before <paramref name="previous"/>, if the caller has it ("joint press statement").</param>
    public static string? KindOf(string word, string? previous, string? beforePrevious = null) => word switch
    {
        "statement" when previous is "joint" => "joint_statement",
        // "signed the trilateral statement", "did not sign the final statement", "in their closing statement, the leaders ...":
        // a statement the gathering's sides put out together, named by its number of sides or its place at the close.
        "statement" when previous is "trilateral" or "final" or "closing" => "joint_statement",
        // "the two issued a joint announcement", "a separate joint press communiqué": the same text under the word for news put
        // out together ("said in a joint press statement" is mostly what was said at a press conference, so it is left out here;
        // one a verb issues is admitted by JointPressStatement).
        "announcement" when previous is "joint" => "joint_statement",
        "communique" or "communiqué" or "announcement" when previous is "press" && beforePrevious is "joint" => "joint_statement",
        "declaration" => "declaration",
        // "a joint communiqué", "the summit's final communiqué": what a meeting's sides issue together.
        "communique" or "communiqué" when previous is "joint" or "final" or "closing" => "joint_statement",
        // "the closing communiqué was signed by ...", "the summit ended with a communiqué": any communiqué is a text its
        // issuers put out together, but without "joint" or "final" it may be one side's release, so it needs a verb of
        // issuing, a date, a title or "the" pointing back (it does not stand alone, see StandsAlone).
        "communique" or "communiqué" => "communique",
        "sheet" when previous is "fact" => "joint_statement", // "a joint fact sheet"
        // "the India-Bhutan Joint Vision on ...": a vision two sides issue together is their joint statement.
        "vision" when previous is "joint" => "joint_statement",
        "treaty" => "treaty",
        // "signed an MoU on ...": the abbreviation of a memorandum of understanding.
        "agreement" or "accord" or "pact" or "memorandum" or "protocol" or "mou" => "agreement",
        // "the Convention on the Legal Status of the Caspian Sea", "the ASEAN Charter": treaty-like documents that the
        // finder admits only as titles (see AgreementMentionFinder.IsTitleOnlyNoun).
        "convention" or "charter" => "treaty",
        "deal" => "deal",
        // "agreed to an immediate ceasefire": admitted only when a verb makes it (see CeasefireAgreed).
        "ceasefire" or "cease-fire" or "truce" => "ceasefire",
        "plan" or "roadmap" => "plan",
        // "the envoys drew up a road map to elections": the two-word spelling of "roadmap".
        "map" when previous is "road" => "plan",
        // "the Five-Point Consensus", "the Brasilia Consensus": a titled consensus is a plan the sides adopted (admitted only
        // as a capitalised title, see AgreementMentionFinder.IsTitleOnlyNoun).
        "consensus" => "plan",
        // "signed the ten-point document": a word for the paper itself, which only ever refers back (see AgreementMentionFinder).
        "document" => "document",
        // "signed the text": the paper itself, when a signing verb governs it (see AgreementMentionFinder).
        "text" when previous is "the" => "document",
        "framework" => "framework",
        "partnership" => "framework", // "agreed a security and defence partnership"
        _ => null,
    };

    /// <summary>
    /// "a ceasefire agreement", "a framework accord": the family of a kind word that modifies the document noun at
    /// <paramref name="noun"/> within its phrase from <paramref name="start"/>, or null (the pattern: a compound whose
    /// modifier is a document word names a document of that kind as well, so "the ceasefire" may refer to it).
    /// </summary>
    public static string? ModifierFamily(IReadOnlyList<Text.Token> tokens, int start, int noun)
    {
        for (var k = noun - 1; k >= start && k >= noun - 2; k--)
            if (KindOf(tokens[k].Lower, k > 0 ? tokens[k - 1].Lower : null) is { } kind && kind != "document")
                return Family(kind);
        return null;
    }

    public static string Family(string kind) => kind switch
    {
        "joint_statement" or "declaration" or "communique" => "declaration",
        "deal" or "agreement" or "document" or "exchange_of_letters" or "exchange_of_notes" => "agreement",
        // "the Initiative on the Safe Transportation of Grain ..., which everybody calls the grain deal": a signed or dated
        // initiative is an agreement under another word, so "the deal" and "the accord" refer back to it.
        "initiative" => "agreement",
        _ => kind,
    };

    /// <summary>
    /// Plural nouns for a set of documents ("signed six agreements", "the two memoranda", "three MoUs"): one list for every
    /// rule that reads a signed or enumerated set, so a word learnt for one is known to all.
    /// </summary>
    public static readonly FrozenSet<string> PluralDocumentNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "documents", "texts", "agreements", "accords", "treaties", "declarations", "protocols", "instruments", "pacts", "deals",
        "memoranda", "memorandums", "mous", "conventions", "contracts",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Kinds that name a document on their own; the others need a verb of agreeing nearby.</summary>
    public static bool StandsAlone(string kind) => kind is "joint_statement" or "declaration" or "treaty";

    public static string Label(string kind, bool joint) => kind switch
    {
        "joint_statement" => "joint statement",
        "document" => "agreement",
        "exchange_of_letters" => "exchange of letters",
        "exchange_of_notes" => "exchange of notes",
        "declaration" => joint ? "joint declaration" : "declaration",
        _ => kind,
    };
}
