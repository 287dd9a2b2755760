using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the premiers presided over a signing of nineteen protocols", "X and Y witnessed the exchange of 18 memoranda", "Leaders
/// oversee signing of 20 deals": visit coverage tells the leaders' part in a package's signing as a verb of watching or
/// presiding whose object is the nominal signing or exchange of a counted set; the set is made there as one (the pattern: the
/// nominal of signing under a verb of presence, see <see cref="CountedSetSigned"/>). A nominal signing under any other word
/// ("plans for the signing of", "before the signing of") tells no making.
/// </summary>
internal static class CountedSetWitnessedSigning
{
    /// <summary>Verbs of presence whose object is the signing ("presided over", "witnessed", "oversaw", "attended").</summary>
    private static readonly FrozenSet<string> PresenceVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "presided", "presides", "preside", "presiding", "witnessed", "witness", "witnesses", "witnessing", "oversaw", "oversee",
        "oversees", "overseeing", "overseen", "watched", "watch", "watches", "watching", "attended", "attend", "attends", "attending", "saw",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words may stand between the verb and the nominal ("presided at noon over the signing of").</summary>
    private const int Reach = 5;

    /// <summary>Whether the count at <paramref name="count"/> follows "the signing of" or "the exchange of" under a verb of presence.</summary>
    public static bool At(List<Token> tokens, int count)
    {
        if (count < 3 || tokens[count - 1].Lower != "of" || tokens[count - 2].Lower is not ("signing" or "exchange")) return false;
        var k = count - 3;
        if (tokens[k].Lower == "the") k--;
        for (var stop = k - Reach; k >= 0 && k > stop; k--)
        {
            if (PresenceVerbs.Contains(tokens[k].Text)) return true;
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }
}
