using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the Treaty of Friendship, signed in Karlsbad on 4 May 1931", "an accord initialled at the Harbour Hall in March 2002", "the
/// protocol was signed in Vell on Monday, 9 June": a document told with the place and the day of its signing names a signing
/// held there and then, though no signer is named (pattern: the reduced relative or passive of a signing verb, with a
/// locative and a time adjunct, tells the event that made the document; news recalls earlier agreements this way). The
/// rules that need a signer (<see cref="SignedAtAPlace"/>, the joint signing) take the active and agent-led forms first.
/// </summary>
internal static class DatedSigningAtAPlace
{
    public const string Note = "document signed at a named place on a told date: the signing there";

    /// <summary>How far before the verb the document's noun may stand ("the Treaty of Amity and Commerce between A and B, signed").</summary>
    private const int SubjectReach = 14;

    /// <summary>How far after the verb the place and the date may stand.</summary>
    private const int AdjunctReach = 12;

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, IReadOnlyList<DateExpression> dates, int[] segments, int? storyYear = null) =>
        (tokens[i].Lower is "signed" or "initialled" or "initialed" or "countersigned" || ConcludedInItsClause(tokens, i)) && i > 0 && i + 2 < tokens.Count &&
        (!Planned(tokens, i) && DocumentBefore(tokens, i, SubjectReach) || PastPassiveWithAgents(tokens, i) || RecalledPassiveSigning.IsAt(tokens, i, dates)) &&
        (dates.Count > 0 && DatedAfter(tokens, i, dates, segments) || AgentsStart(tokens, i) is not null && EarlierYearInTheName(tokens, i, storyYear) is not null) && PlacedAfter(tokens, i, mentions, segments);

    /// <summary>Whether the signing at <paramref name="i"/> is dated only by the year its document's name writes, no date after the verb.</summary>
    public static bool DatedOnlyByItsName(List<Token> tokens, int i, IReadOnlyList<DateExpression> dates, int[] segments, int? storyYear) =>
        !(dates.Count > 0 && DatedAfter(tokens, i, dates, segments)) && EarlierYearInTheName(tokens, i, storyYear) is not null;

    /// <summary>
    /// "the 1920 treaty, signed in Velmora", "the Accords of 1977, signed in Port Elm by ...": a document whose name writes a year before the
    /// story's is dated by that year, and the place its reduced relative names holds that older signing, though the clause tells no day
    /// (pattern: news recalls an older agreement by its year and recounts where and by whom it was signed; without its signers after "by",
    /// such a clause is background that tells no event of its own). Null when the name writes no such year.
    /// </summary>
    public static int? EarlierYearInTheName(List<Token> tokens, int i, int? storyYear) =>
        storyYear is { } year && i > 0 && DocumentSignedInAnEarlierYear.YearInTheName(tokens, i) is { } named && named < year ? named : null;

    /// <summary>How far before a past passive its subject's document noun may stand ("The Framework Accord between the Republic of A and
    /// the Kingdom of B on river transport was signed").</summary>
    private const int PassiveSubjectReach = 40;

    /// <summary>
    /// "The Agreement between A and B on X was signed in P on 3 April 2006 by C and D": the past passive with its agents is the full form of
    /// the reduced relative, and tells the signing done there and then; its subject may be long, so the document noun is sought to the
    /// clause start.
    /// </summary>
    private static bool PastPassiveWithAgents(List<Token> tokens, int i) =>
        i >= 2 && (tokens[i - 1].Lower is "was" or "were" || tokens[i - 1].Lower == "been" && tokens[i - 2].Lower is "had" or "has" or "have") &&
        AgentsStart(tokens, i) is not null && (DocumentBefore(tokens, i, PassiveSubjectReach) || OpensWithADocumentPronoun(tokens, i));

    /// <summary>
    /// "It was initialled in P on 3 April 2006 by C and D": a sentence that opens with "It" or "They" and the past passive of a
    /// signing verb with its agents takes up the document of the sentences before, and tells that document's signing there and
    /// then as the full noun subject does (pattern: news names a treaty once, then recounts its drafting and signing by pronoun).
    /// </summary>
    private static bool OpensWithADocumentPronoun(List<Token> tokens, int i)
    {
        var aux = tokens[i - 1].Lower == "been" ? i - 2 : i - 1;
        return aux == 1 && tokens[0].Lower is "it" or "they";
    }

    /// <summary>
    /// "the accord concluded in X in May 1984", "the agreement reached at Y on 3 June 1993": a document "concluded" or "reached" at a
    /// told place and day is made there and then as surely as one signed (pattern: the reduced relative of a making verb right after its
    /// document noun; farther off, "reached" may be a talks' or a person's).
    /// </summary>
    private static bool ConcludedInItsClause(List<Token> tokens, int i) =>
        tokens[i].Lower is "concluded" or "reached" && i > 0 && AgreementKinds.KindOf(tokens[i - 1].Lower, i > 1 ? tokens[i - 2].Lower : "") is not null &&
        !SignedBefore(tokens, i);

    /// <summary>
    /// "A and B signed the new treaty in X, replacing the treaty concluded at Y in 1949": a sentence that has told a signing before the
    /// older document leaves that document's making to the background, whose places the sentence's own signing holds.
    /// </summary>
    private static bool SignedBefore(List<Token> tokens, int i)
    {
        for (var k = 0; k < i; k++)
            if (tokens[k].Lower is "signed" or "sign" or "signs" or "signing" or "inked") return true;
        return false;
    }

    /// <summary>Whether the verb is "concluded" or "reached", not a signing verb (see <see cref="ConcludedInItsClause"/>).</summary>
    public static bool MadeOtherThanBySigning(List<Token> tokens, int i) => tokens[i].Lower is "concluded" or "reached";

    /// <summary>"to be signed", "will be signed": the plan is read by the planned rules, with its own wording.</summary>
    private static bool Planned(List<Token> tokens, int i) =>
        tokens[i - 1].Lower is "be" or "to" or "being" or "was" or "were" or "been" or "is" or "are" || i >= 2 && tokens[i - 2].Lower is "was" or "were" or "been" or "is" or "are";

    /// <summary>A document noun before the verb in its clause, no person's verb between: the signed thing is the subject.</summary>
    private static bool DocumentBefore(List<Token> tokens, int i, int reach)
    {
        for (var k = i - 1; k >= Math.Max(1, i - reach) && tokens[k].Text is not (";" or ":" or "." or "(" or ")"); k--)
        {
            // "the treaty that A and B signed": a relative clause with its own subject is the signer rules'.
            if (tokens[k].Lower is "that" or "which" or "who" or "whom") return false;
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return true;
        }
        return false;
    }

    /// <summary>A resolved date right after the verb, in its clause ("signed in X on 4 May 1931").</summary>
    private static bool DatedAfter(List<Token> tokens, int i, IReadOnlyList<DateExpression> dates, int[] segments)
    {
        foreach (var d in dates)
            if ((d.Value is not null || UnresolvedDay(d)) && d.TokenStart > i && d.TokenStart - i <= AdjunctReach && !Broken(tokens, i, d.TokenStart)) return true;
        return false;
    }

    /// <summary>
    /// "signed in X on Aug. 26" in a story whose own day is unknown: the day and month are told though no year can be reckoned for them,
    /// and still date the signing apart from the story's own events (the told day, not its resolved value, is what sets it apart).
    /// </summary>
    private static bool UnresolvedDay(DateExpression d) => d.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>A town or venue led by "in" or "at" after the verb, in its clause.</summary>
    private static bool PlacedAfter(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, int[] segments)
    {
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Place || p.EntityId is null || p.TokenStart <= i || p.TokenStart - i > AdjunctReach || NotAVenue.Of(p)) continue;
            var lead = PlaceLead.IndexBefore(tokens, p.TokenStart);
            if (lead <= i || tokens[lead].Lower is not ("at" or "in")) continue;
            if (!Broken(tokens, i, p.TokenStart)) return true;
        }
        return false;
    }

    /// <summary>Where the agents after "by" begin ("signed in X on 4 May 1931 by A and B"), or null when the clause names none.</summary>
    public static int? AgentsStart(List<Token> tokens, int i)
    {
        for (var k = i + 1; k < Math.Min(tokens.Count, i + AdjunctReach + 2) && tokens[k].Text is not (";" or ":" or "."); k++)
            if (tokens[k].Lower == "by") return k + 1;
        return null;
    }

    /// <summary>
    /// "the treaty, signed in X in 1931": a signing dated in a year before the story's is an earlier event recalled as background,
    /// which no later account of the story's own signing joins.
    /// </summary>
    public static void MarkRecalled(List<Token> tokens, MeetingMention m, int? storyYear)
    {
        if (storyYear is { } year && m.Date?.Value is { Length: >= 4 } value && int.TryParse(value.AsSpan(0, 4), out var signed) && signed < year) m.Recalled = true;
        // "the 1920 treaty, signed in Velmora": the year the document's name writes dates its signing, though the clause tells none.
        else if (EarlierYearInTheName(tokens, m.TokenStart, storyYear) is { } named)
        {
            var at = m.TokenStart - 1;
            while (at > 0 && tokens[at].Text != named.ToString("D4")) at--;
            m.Date = new DateExpression(at, at + 1, tokens[at].Text, named.ToString("D4"), YearRule);
            m.Recalled = true;
        }
    }

    /// <summary>The rule the trace names for a signing dated by the year its document's name writes.</summary>
    private const string YearRule = "year written in the document's name";

    /// <summary>
    /// "the Charter, signed in X in 1947 by the four governments, and its yearly assembly is ...": a comma and a coordinating
    /// conjunction (or a semicolon) between the signing and a later gathering start a new clause about another matter, so that
    /// gathering is no account of the signing (pattern: ", and" / ", but" joins two main clauses; the gathering that places a
    /// signing stands in the signing's own clause: "signed in X in 2004 at the margins of a summit").
    /// </summary>
    public static bool InAnotherClause(List<Token> tokens, int signing, int later)
    {
        for (var k = signing + 1; k < later && k < tokens.Count; k++)
        {
            if (tokens[k].Text is ";") return true;
            if (tokens[k].Text == "," && k + 1 < later && tokens[k + 1].Lower is "and" or "but" or "while" or "whereas") return true;
        }
        return false;
    }

    private static bool Broken(List<Token> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (tokens[k].Text is ";" or ":" or "." or "(" || tokens[k].Lower is "and" or "but" or "which" or "where" or "when") return true;
        return false;
    }
}
