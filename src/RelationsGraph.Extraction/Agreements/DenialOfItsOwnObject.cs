using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Valdoria has not signed on to the Silver Corridor Initiative", "Ostrava refused to join Western sanctions", "the
/// outgoing mayor refused to sign the guest book": a denied signing or joining that governs an object of its own, one that
/// is no document, text or gathering, says what the state kept out of, not that it kept out of the story's document (the
/// pattern: news tells a holdout of the day's signing bare, "did not sign", "stayed out", or with the text or the talks as
/// the object; an aside on a state's other refusals names what was refused).
/// </summary>
internal static class DenialOfItsOwnObject
{
    /// <summary>Particles between the verb and its object: "signed on to", "stayed out of", "walked away from".</summary>
    private static readonly FrozenSet<string> Particles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "on", "to", "up", "of", "from", "onto" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a noun phrase object.</summary>
    private static readonly FrozenSet<string> Openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "any", "its", "their", "his", "her", "our" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the object phrase: punctuation aside, prepositions and clause openers.</summary>
    private static readonly FrozenSet<string> Stops = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "of", "on", "against", "with", "to", "for", "in", "at", "over", "until", "because", "that", "which", "who", "but", "while", "since", "after", "before", "as", "by", "unless" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Objects that keep the denial about a signing: the paper and its words ("the text", "the final draft", "its
    /// signature"), a gathering ("the talks", "the conference"), a body or grouping the document may found ("the union"),
    /// and a time ("the following day").
    /// </summary>
    private static readonly FrozenSet<string> SigningObjects = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text", "draft", "document", "paper", "signature", "ratification", "instrument", "annex", "clause", "terms", "settlement", "peace", "package",
        "talks", "negotiations", "conference", "summit", "meeting", "session", "round", "dinner", "ceremony", "process", "forum", "congress", "signing", "table", "gathering",
        "alliance", "union", "bloc", "grouping", "organisation", "organization", "community", "zone", "market", "area", "association", "federation", "confederation", "commonwealth", "league",
        "day", "week", "month", "year", "morning", "afternoon", "evening", "night",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the denial whose first word stands at <paramref name="k"/> (see <see cref="StatesThatDidNotSign.DeniedSigningAt"/>)
    /// governs a noun phrase of its own that is no document, text, gathering, body or time.
    /// </summary>
    public static bool At(List<Token> tokens, int k)
    {
        var w = tokens[k].Lower;
        // "did not sign", "refused to sign": three words; "never signed", "stayed out", "walked away", "held back": two.
        var o = w is "did" or "does" or "would" or "could" or "has" or "have" or "had" or "refused" or "declined" ? k + 3 : k + 2;
        while (o < tokens.Count && Particles.Contains(tokens[o].Text)) o++;
        if (o >= tokens.Count || !tokens[o].IsWord) return false;
        // An object opens with a determiner or a capitalised name ("Western sanctions"); "it", "anything", "there" do not.
        if (!Openers.Contains(tokens[o].Text) && !tokens[o].IsCapitalized) return false;
        var words = 0;
        for (var i = Openers.Contains(tokens[o].Text) ? o + 1 : o; i < tokens.Count && words < 6; i++, words++)
        {
            var t = tokens[i];
            // "Tuesday's accord": the possessive ending stays inside the phrase.
            if (t.Text is "'s" or "\u2019s") { words--; continue; }
            if (!t.IsWord || Stops.Contains(t.Text)) break;
            var lower = t.Lower;
            var single = lower.Length > 3 && lower.EndsWith('s') ? lower[..^1] : lower;
            if (SigningObjects.Contains(lower) || SigningObjects.Contains(single)
                || AgreementKinds.KindOf(lower, i > 0 ? tokens[i - 1].Lower : null) is not null || AgreementKinds.KindOf(single, i > 0 ? tokens[i - 1].Lower : null) is not null)
                return false;
        }
        return words > 0;
    }
}
