namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "X signed the Joint Declaration on the Opening of Consulates between A and B in Corvana today with Y": the
/// counterpart after "with" may follow the document's full title, its sides and a short phrase of place or time, however long the title
/// (the pattern: news copy names the document in full, then where and when, then with whom it was signed). Past the few words
/// a counterpart may otherwise stand from the verb, only a "with" after the title's end counts, never one inside it.
/// </summary>
internal static class CounterpartAfterTheTitle
{
    /// <summary>How many words of sides, place or time may stand between the title's end and "with" ("between A and B in Beijing today"); no comma between.</summary>
    private const int AfterTheTitle = 16;

    /// <summary>How many words after the verb the counterpart's "with" may come without a title to pass.</summary>
    internal const int NearReach = 10;

    /// <summary>The last word at which the "with" of the verb's counterpart may stand.</summary>
    public static int Reach(int verb, int nounStart, int nounEnd, int nameEnd) =>
        verb < nounStart && nameEnd > nounEnd ? Math.Max(verb + NearReach, nameEnd + AfterTheTitle) : verb + NearReach;

    /// <summary>Whether a "with" at <paramref name="with"/> may open the counterpart: near the verb, else only after the title.</summary>
    public static bool Allows(int verb, int with, int nounStart, int nameEnd) =>
        with <= verb + NearReach || verb < nounStart && with >= nameEnd;
}
