using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Both men then signed the pact under the palace colonnade", "the four prime ministers then put their names to the charter at
/// the town hall", "They signed the accord at the state guest house": once a story has named its signers, it goes on to tell
/// the signing through a plural subject — a counted group, "both", "the pair", "the leaders" or a sentence-opening
/// "They" — not through their names. That clause is a signing of the people under discussion, with its own venue and
/// time (pattern: a group reference as the subject of a signing verb). The group words are resolved as for any meeting
/// reference ("the two" is the story's pair, "the four men" the meeting of four); "the two countries signed the accord at
/// X" tells the same act through the states that sent the signers. Active voice only, with a document as object and a place
/// after it ("it was signed" is the passive readers').
/// </summary>
internal static class GroupSubjectSigning
{
    public const string Note = "group subject signing a document: the signing of the people under discussion";

    /// <summary>How far after the verb the place may stand ("put their names to the charter at a long table in the X Hall").</summary>
    private const int PlaceReach = 24;

    /// <summary>Nouns for the signers as a group, besides the heads of <see cref="GroupReference"/>.</summary>
    private static readonly FrozenSet<string> PeopleHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ministers", "premiers", "heads", "negotiators", "signatories", "chiefs", "envoys", "women", "plenipotentiaries", "chancellors", "monarchs", "kings",
        // "the two countries signed the accord in X": the states sign through their people at one table.
        "countries", "governments", "states", "nations",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs and auxiliaries that may stand between the subject and the verb ("the two men then signed", "had put").</summary>
    private static readonly FrozenSet<string> BeforeVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "also", "then", "later", "formally", "jointly", "subsequently", "finally", "had", "have", "together", "duly", "each", "both", "all",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a new clause (and so a new subject) may open.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "and", "when", "after", "then", "where", "as", "once", "before", "but", "—", "–",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        SigningVerb.IsAt(tokens, i) && i > 0 && i + 1 < tokens.Count &&
        (GroupBefore(tokens, i) && PlaceAfterDocument(tokens, i, mentions) || NamedStatesBefore(tokens, i, mentions) && OwnPlaceAndNoYear(tokens, i, mentions) ||
         IndefiniteCountedSigners.IsAt(tokens, i, mentions));

    /// <summary>A noun for people as a group ("men", "leaders", "ministers", "envoys"), the head of a group subject.</summary>
    public static bool IsPeopleHead(Token token) => GroupReference.IsHead(token) || PeopleHeads.Contains(token.Text) && token.Lower is not ("countries" or "governments" or "states" or "nations");

    /// <summary>
    /// For named states: the place stands in the verb's own stretch, before any comma ("signed a declaration backing the truce,
    /// hours after hostages held in X were freed" places another verb), and no year follows it (news writes a year for another
    /// year: "signed an agreement in X on 12 May 2010" recalls an earlier signing).
    /// </summary>
    private static bool OwnPlaceAndNoYear(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        var end = i + 1;
        while (end < tokens.Count && tokens[end].Text is not ("," or ";" or ":" or "." or "—" or "–")) end++;
        if (SignedDocumentAtAPlace.DocumentEnd(tokens, i, plurals: true) is not (var objectEnd and >= 0) || objectEnd >= end) return false;
        if (SignedDocumentAtAPlace.PlaceMentionAfter(tokens, i, objectEnd, mentions, Math.Min(PlaceReach, end - i)) is not { } place) return false;
        for (var k = place.TokenEnd; k < Math.Min(tokens.Count, place.TokenEnd + YearReach); k++)
            if (tokens[k].Text.Length == 4 && int.TryParse(tokens[k].Text, out var year) && year is > 1800 and < 2100) return false;
        return true;
    }

    /// <summary>How far after the place a year dates the signing ("in X on 12 May 2010").</summary>
    private const int YearReach = 6;

    /// <summary>
    /// "Freedonia and Sylvania signed a treaty in Ostrava on Tuesday", "the Government of Freedonia and the Government of Sylvania
    /// today signed the accord at the X Hall": two named states coordinated as the clause's subject tell the signing through the
    /// states that sent the signers, as "the two countries" does (pattern: states as the subject of a located signing).
    /// </summary>
    private static bool NamedStatesBefore(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (SignedDocumentAtAPlace.IsPassiveOrInfinitive(tokens, i)) return false;
        var k = i - 1;
        while (k >= 0 && i - k <= 4 && (BeforeVerb.Contains(tokens[k].Text) || tokens[k].Lower is "today" or "yesterday" or "tonight" or "on" ||
                                        Lexicon.Weekdays.Contains(tokens[k].Lower))) k--;
        var second = StateEndingAt(mentions, k);
        if (second is null) return false;
        var and = second.TokenStart - 1;
        if (and >= 0 && tokens[and].Lower == "of" && and >= 2 && tokens[and - 1].Lower == "government") and -= tokens[and - 2].Lower == "the" ? 3 : 2;
        else if (and >= 0 && tokens[and].Lower == "the") and--;
        if (and < 1 || tokens[and].Lower != "and") return false;
        var first = StateEndingAt(mentions, and - 1);
        if (first is null || first.EntityId == second.EntityId) return false;
        var start = first.TokenStart;
        if (start >= 2 && tokens[start - 1].Lower == "of" && tokens[start - 2].Lower == "government") start -= 2;
        if (start >= 1 && tokens[start - 1].Lower == "the") start--;
        return start == 0 || ClauseOpeners.Contains(tokens[start - 1].Text);
    }

    private static Mention? StateEndingAt(IReadOnlyList<Mention> mentions, int k)
    {
        if (k < 0) return null;
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Country && m.EntityId is not null && !m.IsDemonym && m.TokenEnd - 1 == k) return m;
        return null;
    }

    /// <summary>Whether the clause's subject, right before the verb, is a group reference.</summary>
    private static bool GroupBefore(List<Token> tokens, int i)
    {
        if (SignedDocumentAtAPlace.IsPassiveOrInfinitive(tokens, i)) return false;
        var k = i - 1;
        while (k >= 0 && i - k <= 3 && BeforeVerb.Contains(tokens[k].Text)) k--;
        if (k < 0) return false;
        // "They signed the accord ...": the plural pronoun opening the sentence.
        if (k == 0 && tokens[0].Text == "They") return true;
        // "heads of state", "heads of government": the head stands before its "of" phrase.
        if (k >= 2 && tokens[k].Lower is "state" or "government" && tokens[k - 1].Lower == "of") k -= 2;
        int start;
        if (GroupReference.IsHead(tokens[k]) || PeopleHeads.Contains(tokens[k].Text))
        {
            // Up to two lower-case modifiers ("foreign", "prime") before the head, then the quantifier.
            var q = k - 1;
            while (q >= 0 && k - q <= 2 && tokens[q].IsWord && !tokens[q].IsCapitalized && !IsQuantifier(tokens, q)) q--;
            if (q < 0 || !IsQuantifier(tokens, q)) return false;
            start = tokens[q].Lower is "the" or "both" or "all" ? q : q - 1;
        }
        // "the two signed", "the pair signed", "both signed": the quantifier alone.
        else if (tokens[k].Lower is "pair" or "both" || CountWords.TryRead(tokens[k].Text, 2, 12, out _)) start = tokens[k].Lower == "both" ? k : k - 1;
        else return false;
        if (start < 0 || start >= tokens.Count) return false;
        if (tokens[start].Lower is not ("the" or "both" or "all")) return false;
        return start == 0 || ClauseOpeners.Contains(tokens[start - 1].Text);
    }

    /// <summary>"the", "both", "all" or a count ("the two", "all four") at <paramref name="q"/>.</summary>
    private static bool IsQuantifier(List<Token> tokens, int q) =>
        tokens[q].Lower is "both" || CountWords.TryRead(tokens[q].Text, 2, 12, out _) && q > 0 && tokens[q - 1].Lower is "the" or "all" ||
        tokens[q].Lower == "the";

    /// <summary>
    /// The document signed, then a town or venue told with "at" or "in" in the same clause: the signing's own place. A group
    /// signing told with no place adds nothing to the gathering the story already tells ("the two leaders then signed a
    /// declaration" is part of their talks), so only the located act is read as a reference.
    /// </summary>
    private static bool PlaceAfterDocument(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        SignedDocumentAtAPlace.DocumentEnd(tokens, i, plurals: true) is var objectEnd and >= 0 &&
        SignedDocumentAtAPlace.PlaceAfter(tokens, i, objectEnd, mentions, PlaceReach);
}
