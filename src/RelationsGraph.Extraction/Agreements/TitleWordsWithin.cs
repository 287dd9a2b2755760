using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Lisbon ocean declaration", then "the Lisbon Ocean Declaration on Blue Growth and Coastal Resilience", then "the Ocean
/// Declaration"; "the Harbour Street Accord", then "the France-Republic of Chile Harbour Street Accord" and "the Chile-France
/// Accord": a title whose distinctive words all stand in another name of a document already told, with the same head noun,
/// names that document again, in whatever order and with whatever owners or subtitle added (the pattern: a reporter
/// shortens, lengthens or re-owns a document's name; the distinctive words and the noun stay).
/// </summary>
/// <remarks>A numbered sequel ("the Lisbon II Declaration") adds a number and stays another document. An organisation
/// named in a title counts by its shortest name in the story, so "the ASEAN Charter" and "the Charter of the Association of
/// Southeast Asian Nations" share their words (the pattern: an owner named in full once and by its acronym elsewhere).</remarks>
internal static class TitleWordsWithin
{
    /// <summary>Words of a name that tell no document from another of its kind.</summary>
    private static readonly FrozenSet<string> PlainWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "their", "of", "on", "for", "and", "between", "to", "in", "concerning", "with",
        "new", "joint", "same", "said", "first", "latest", "signed", "bilateral", "trilateral", "final", "so", "called",
        "agreement", "accord", "deal", "pact", "treaty", "declaration", "statement", "communique", "communiqué", "memorandum",
        "understanding", "mou", "protocol", "framework", "charter", "convention", "plan", "roadmap", "document", "text",
        // the topics many documents share: "the Memorandum on Cooperation" is not "the Memorandum on Tourism Cooperation"
        "cooperation", "co-operation", "partnership", "relations", "friendship", "peace", "trade", "free", "economic", "strategic",
        "security", "defence", "defense", "mutual", "action", "development", "principles", "investment", "border", "maritime",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the Joint Plan of Action" and "the Joint Comprehensive Plan of Action", "the Partnership Agreement" and "the Enhanced
    /// Partnership Agreement": a word that marks a fuller, later or revised version makes the longer name another document.
    /// </summary>
    private static readonly FrozenSet<string> VersionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "comprehensive", "interim", "revised", "revitalised", "revitalized", "amended", "updated", "enhanced", "additional",
        "supplementary", "second", "third", "preliminary", "provisional", "permanent", "definitive", "modernised", "modernized",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a title goes on with its subject ("Treaty on ...", "Declaration for ...").</summary>
    private static readonly FrozenSet<string> SubjectOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "for", "on", "of", "between", "concerning" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the title and one name of the agreement name one document: one's distinctive words within the other's, same head.</summary>
    public static bool Names(Agreement agreement, AgreementMention titled, Func<string, string>? shortOwners = null) =>
        titled.Title is { } given && (shortOwners ?? (static t => t))(given) is var title
        // "the Association Agreements" names several documents, never one of them.
        && !Plural(Head(Words(title))) && !(agreement.Title is { } known && Plural(Head(Words(known))))
        // Other signers, another document: "A and B signed the Accord on X ... C and D signed the Y Accord on X".
        && (titled.Signatories.Count == 0 || agreement.Signatories.Count == 0 || titled.Signatories.Any(agreement.Signatories.ContainsKey))
        && (Names(Words(title), agreement.Mentions.Where(x => x.Title is not null).Select(x => Words(shortOwners is null ? x.Title! : shortOwners(x.Title!))))
            // "the Lisbon ocean declaration": a reference whose modifiers are capitalised in part names the document too.
            || agreement.Mentions.Any(x => x.Title is null && !x.SetApart && ProperlyModified(x) && Names(Words(title), [MentionWords(x)])));

    private static bool ProperlyModified(AgreementMention m) =>
        m.Sentence.Tokens.Skip(m.TokenStart + 1).Take(m.TokenEnd - m.TokenStart - 2).Any(t => t.IsCapitalized && t.IsWord && !PlainWords.Contains(t.Text));

    private static bool Plural(string? head) => head is not null && (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) || head is "treaties" or "memoranda");

    private static bool Names(string[] title, IEnumerable<string[]> others) => others.Any(other =>
    {
        // "the Basin Accord and the Rail Protocol" read as one title joins two documents; a part of it is not the whole.
        if (JoinsTwo(title) || JoinsTwo(other)) return false;
        if (Plural(Head(other)) || other.Length < 2 || title.Length < 2 || Head(title) is not { } h1 || Head(other) is not { } h2 || !h1.Equals(h2, StringComparison.OrdinalIgnoreCase)) return false;
        var (shorter, longer) = Distinct(title).Count() <= Distinct(other).Count() ? (title, other) : (other, title);
        var own = Distinct(shorter).ToList();
        if (own.Count == 0 || !own.All(w => longer.Contains(w, StringComparer.OrdinalIgnoreCase))) return false;
        // "the Lisbon Declaration" and "the Lisbon II Declaration": a number the longer adds marks a sequel.
        return !longer.Except(shorter, StringComparer.OrdinalIgnoreCase).Any(w => AgreementClusterer.NumbersASuccessor(w) || w.Any(char.IsDigit) || VersionWords.Contains(w));
    });

    private static bool JoinsTwo(string[] words) => words.Zip(words.Skip(1)).Any(p => p is ("and", "the"));

    private static IEnumerable<string> Distinct(string[] words) => words.Where(w => !PlainWords.Contains(w) && !w.All(char.IsDigit)).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name's noun: its last word, or the last before the words that open its subject.</summary>
    private static string? Head(string[] words)
    {
        var end = Array.FindIndex(words, w => SubjectOpeners.Contains(w));
        var head = end > 0 ? words[end - 1] : end < 0 ? words[^1] : null;
        return head;
    }

    private static string[] Words(string name) => NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A reference's words from its determiner to its noun ("the Lisbon ocean declaration").</summary>
    private static string[] MentionWords(AgreementMention m) =>
        Words(string.Join(" ", m.Sentence.Tokens.Skip(m.TokenStart).Take(m.TokenEnd - m.TokenStart).Where(t => t.IsWord).Select(t => t.Text)));
}
