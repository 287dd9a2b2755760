using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the visit saw both sides exchange instruments of ratification of the 1990 border accord", "marked the tenth anniversary
/// of the Charter", "pledged to implement the ceasefire agreement", "withdrew from the treaty": a document that is the object
/// of ratifying, implementing, enforcing, reviewing, amending, suspending, breaching, leaving or commemorating it already
/// exists, so the meeting of that sentence did not make it (the pattern: an act done TO a document presumes the document).
/// The whole closed class of such acts is listed, as nouns governing "of/to/from/with" and as verbs taking the document as object.
/// </summary>
internal static class ActedOnAsExisting
{
    /// <summary>Nouns of an act on an existing document, followed by a preposition before it ("ratification of", "withdrawal from").</summary>
    private static readonly FrozenSet<string> ActNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ratification", "ratifications", "implementation", "anniversary", "anniversaries", "review", "enforcement",
        "suspension", "violation", "violations", "breach", "breaches", "withdrawal", "compliance", "amendment", "amendments",
        "revision", "termination", "abrogation", "force", // "entry into force of"
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of the same acts taking the document as direct object, or through "from"/"with" ("withdrew from", "complied with").</summary>
    private static readonly FrozenSet<string> ActVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ratify", "ratifies", "ratified", "ratifying", "implement", "implements", "implemented", "implementing",
        "enforce", "enforces", "enforced", "enforcing", "review", "reviews", "reviewed", "reviewing",
        "amend", "amends", "amended", "amending", "revise", "revises", "revised", "revising",
        "suspend", "suspends", "suspended", "suspending", "violate", "violates", "violated", "violating",
        "breach", "breached", "breaching", "terminate", "terminates", "terminated", "terminating",
        "abrogate", "abrogates", "abrogated", "abrogating", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
        "comply", "complies", "complied", "complying", "commemorate", "commemorates", "commemorated", "commemorating",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the document phrase opening at <paramref name="start"/> is the object of such an act.</summary>
    public static bool At(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k < 0) return false;
        // "instruments of ratification of the accord", "the tenth anniversary of the treaty", "entry into force of the pact".
        // A capitalised act noun is a word of a longer title ("the Plan for the Implementation of the X Accords"), no act.
        if (tokens[k].Lower is "of" or "to" or "from" or "with" && k >= 1 && ActNouns.Contains(tokens[k - 1].Text)) return !tokens[k - 1].IsCapitalized;
        // "withdrew from the treaty", "complied with the accord": the verb before its preposition.
        if (tokens[k].Lower is "from" or "with" && k >= 1) k--;
        return ActVerbs.Contains(tokens[k].Text) && !tokens[k].IsCapitalized;
    }
}
