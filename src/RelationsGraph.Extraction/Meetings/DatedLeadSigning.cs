using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "On 3 March 1802, in a small inn at Varo, envoys of the two crowns signed the treaty", "On 12 May 2019, in Tollin, Freedonia
/// and Sylvania signed a border accord": a sentence that opens with the day it tells and then, in its main clause, a signing of a
/// document placed by a fronted "in"/"at" adjunct or one after the document, tells the signing held there and then, whatever words
/// name the signers (envoys of two states, the states themselves, two descriptions). Pattern: the anniversary or history lead, and
/// the dated report of a signing, give the act its day and setting first and keep the signers' names for later sentences; the
/// rules that read the signers (<see cref="GroupSubjectSigning"/>, <see cref="IndefiniteCountedSigners"/>, the joint signing)
/// need a counted group, a pair of names or the states right before the verb.
/// </summary>
internal static class DatedLeadSigning
{
    public const string Note = "sentence opening with the day of a placed signing: the signing there and then";

    /// <summary>How far after the verb the place may stand ("signed the treaty in the great hall of the X palace").</summary>
    private const int PlaceReach = 24;

    /// <summary>How far the verb may stand from the opening date (fronted adjuncts and a long subject between).</summary>
    private const int VerbReach = 40;

    /// <summary>Words that open a subordinate clause, whose signing is not the main clause's ("On 3 May, after the envoys who signed ...").</summary>
    private static readonly FrozenSet<string> SubordinateOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "when", "where", "after", "before", "while", "because", "since", "until", "if", "once", "as", "than",
        "not", "never",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, IReadOnlyList<DateExpression> dates) =>
        i > 2 && i + 1 < tokens.Count && SigningVerb.SubjectSignsAt(tokens, i) && !SignedDocumentAtAPlace.IsPassiveOrInfinitive(tokens, i) &&
        OpeningDayEnd(tokens, dates) is { } dateEnd && dateEnd < i && i - dateEnd <= VerbReach && MainClauseUpTo(tokens, dateEnd, i) &&
        SignedDocumentAtAPlace.DocumentEnd(tokens, i, plurals: true) is var objectEnd and >= 0 &&
        (SignedDocumentAtAPlace.PlaceAfter(tokens, i, objectEnd, mentions, PlaceReach) || FrontedPlace(tokens, dateEnd, i, mentions) is not null);

    /// <summary>The town or venue of the fronted adjunct of the signing at <paramref name="i"/>, or null (the reference's own window does not reach it).</summary>
    public static Mention? FrontedPlaceOf(List<Token> tokens, int i, IReadOnlyList<Mention> mentions, IReadOnlyList<DateExpression> dates) =>
        OpeningDayEnd(tokens, dates) is { } dateEnd && dateEnd < i ? FrontedPlace(tokens, dateEnd, i, mentions) : null;

    /// <summary>
    /// Where the sentence's opening date ends: "On 4 May 1931," or "4 May 1931:" as the first words, a date that writes its day number
    /// and resolves to a day ("On Monday" tells no day of its own in a history lead, and a month alone is no day of an act).
    /// </summary>
    private static int? OpeningDayEnd(List<Token> tokens, IReadOnlyList<DateExpression> dates)
    {
        var start = tokens.Count > 0 && tokens[0].Lower == "on" ? 1 : 0;
        foreach (var d in dates)
            if (d.TokenStart == start && d.Value is { Length: 10 } && d.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return d.TokenEnd;
        return null;
    }

    /// <summary>
    /// No subordinate clause, no sentence break, no negation and no verb of meeting between the opening date and the verb: the signing is
    /// the main clause's, and no gathering told first ("On 21 May, the leaders met in X and signed ...") holds it.
    /// </summary>
    private static bool MainClauseUpTo(List<Token> tokens, int from, int i)
    {
        for (var k = from; k < i; k++)
            if (tokens[k].Text is ";" or ":" or "." or "?" or "!" || SubordinateOpeners.Contains(tokens[k].Text) || MeetingKinds.IsVerb(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>A town or venue between the opening date and the verb, with an "in", "at" or "on" before it in that stretch ("in a house in the port of X").</summary>
    private static Mention? FrontedPlace(List<Token> tokens, int from, int i, IReadOnlyList<Mention> mentions)
    {
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Place || p.EntityId is null || p.TokenStart < from || p.TokenEnd > i || NotAVenue.Of(p)) continue;
            for (var k = from; k < p.TokenStart; k++)
                if (tokens[k].Lower is "in" or "at" or "on") return p;
        }
        return null;
    }
}
