using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two presidents met in Asmara ... the summit ended with a joint statement", "After their talks the leaders issued a
/// joint declaration": a joint statement, communiqué or declaration that a small meeting of named people produced, and
/// that no sentence gives signers of its own, is issued by the people at that meeting, and its issuers count as its
/// signers (the pattern: a joint text speaks for those who met; SIGNED = the actual signers or issuers). Only a meeting of
/// two to <see cref="MostIssuers"/> people and of no grouping counts: a summit of a bloc adopts its declaration as a body,
/// and a long roll of attendees holds aides who issue nothing. A plain "declaration" adopted by "leaders" is a gathering's
/// text, so only a text called joint counts, and none whose making sentence names a grouping or body ("BRICS leaders
/// adopted", "a joint statement released by NATO"): such a body, not the people, issued it.
/// </summary>
internal static class IssuersOfAJointText
{
    /// <summary>The most people a meeting may have for all of them to be the issuers of its joint text.</summary>
    public const int MostIssuers = 4;

    /// <summary>Whether the <paramref name="people"/> people of the meeting that produced <paramref name="agreement"/> issued it.</summary>
    public static bool IssuedByTheMeeting(Agreement agreement, int people, Sentence evidence, Func<Sentence, IEnumerable<Mention>> mentionsIn) =>
        (agreement.Kind == "joint_statement" || agreement.Joint) && agreement.Signatories.Count == 0 && agreement.SigningOffices.Count == 0
        && agreement.ProducedBy is { Held: true, Recalled: false, Organization: null } && people is >= 2 and <= MostIssuers
        && !mentionsIn(evidence).Any(m => m.Kind == MentionKind.Organization)
        // "the communiqué, issued by both governments": offices, not the people who met, put it out (see InstitutionsAsIssuers).
        && !InstitutionsAsIssuers.In(evidence.Tokens)
        // "the two sides released a joint statement": states, not the people who met, as its issuers (see StatesAsTheSubject).
        && !StatesAsTheSubject.In(evidence.Tokens) && !agreement.Mentions.Any(m => m.MadeByStates)
        // "A joint statement of the foreign ministers and a consular convention were also signed in their presence": the
        // meeting's people looked on while others signed (see WitnessedByTheMeeting).
        && !WitnessedByTheMeeting(evidence.Tokens);

    /// <summary>
    /// "... were signed in their presence", "in the presence of both presidents, ministers signed": a sentence that tells
    /// its signing as done before someone's eyes names those present as witnesses, so the people of the meeting are not the
    /// joint text's issuers there (the pattern: leaders at a bilateral visit watch their ministers sign the texts of the day).
    /// </summary>
    internal static bool WitnessedByTheMeeting(List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count; k++)
            if (tokens[k].Lower == "presence" && tokens[k - 1].Lower is "the" or "their" or "his" or "her") return true;
        return false;
    }
}
