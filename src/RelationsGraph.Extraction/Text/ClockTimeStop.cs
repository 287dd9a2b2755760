namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "The talks opened at 10:40 a.m. On Thursday the delegations ...", "... landed shortly after 3 p.m. Also waiting were ...":
/// news copy ends a clause on a clock time and writes only one stop for the abbreviation and the sentence, so the point
/// closing "a.m."/"p.m." ends the sentence when a capitalised word follows. It stays inside when the next words still
/// belong to the time: a day or month ("at 6 a.m. Friday"), a zone ("9 p.m. GMT", "4 p.m. Lagos time"); or when the
/// time is itself the opening adverbial of its sentence ("At 5:45 p.m. President X ...", "Shortly after 9 a.m. the ...").
/// </summary>
internal static class ClockTimeStop
{
    /// <summary>Words that may stand before a clock time in an opening adverbial ("At about", "Shortly after", "Just before").</summary>
    private static readonly FrozenSet<string> AdverbialWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "at", "by", "from", "until", "till", "after", "before", "around", "about", "shortly", "just", "soon", "since",
        "on", "approximately", "roughly", "nearly", "almost", "sometime", "toward", "towards", "then", "and", "past",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the point at <paramref name="dot"/> closes "a.m."/"p.m." after a number and the sentence ends there;
    /// <paramref name="next"/> is where the following word starts, <paramref name="sentenceStart"/> where this sentence began.
    /// </summary>
    public static bool EndsSentence(string text, int sentenceStart, int dot, int next, int end)
    {
        // "a.m" / "p.m" (any case) right before the point, after a number ("10:55 a.m.", "2 p.m.").
        if (dot - 3 < sentenceStart) return false;
        var word = text.AsSpan(dot - 3, 3);
        if (!(word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase))) return false;
        if (dot - 4 >= sentenceStart && char.IsLetter(text[dot - 4])) return false;
        var numberEnd = dot - 3;
        while (numberEnd > sentenceStart && text[numberEnd - 1] == ' ') numberEnd--;
        if (numberEnd == sentenceStart || !char.IsDigit(text[numberEnd - 1])) return false;

        // The next word: a capital letter (or an opening quote), never a number or a bracket ("4 p.m. (1300 GMT)").
        if (!char.IsUpper(text[next]) && !"\"“‘'".Contains(text[next])) return false;
        if (char.IsUpper(text[next]) && StillTheTime(text, next, end)) return false;

        return !OpeningAdverbial(text, sentenceStart, numberEnd);
    }

    /// <summary>"6 a.m. Friday", "9 p.m. GMT", "4 p.m. Lagos time", "8 a.m. New York time".</summary>
    private static bool StillTheTime(string text, int next, int end)
    {
        var w = WordEnd(text, next, end);
        var first = text.AsSpan(next, w - next);
        if (first.Length == 0) return false;
        if (Months.IsMonthOrWeekday(first.ToString())) return true;
        if (IsZoneAbbreviation(first)) return true;
        // Up to three capitalised words, then "time": the clock of a named place or zone.
        var at = w;
        for (var words = 1; words <= 3; words++)
        {
            while (at < end && text[at] == ' ') at++;
            var e = WordEnd(text, at, end);
            if (e == at) return false;
            var span = text.AsSpan(at, e - at);
            if (span.Equals("time", StringComparison.OrdinalIgnoreCase)) return true;
            if (!char.IsUpper(span[0])) return false;
            at = e;
        }
        return false;
    }

    /// <summary>An all-capital zone: "GMT", "EDT", "IST", "CEST", "UTC".</summary>
    private static bool IsZoneAbbreviation(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 4) return false;
        foreach (var ch in w) if (!char.IsUpper(ch)) return false;
        return w[^1] == 'T' || w.SequenceEqual("UTC");
    }

    /// <summary>The sentence so far is only words of an opening adverbial before the time ("At", "Shortly after", nothing).</summary>
    private static bool OpeningAdverbial(string text, int sentenceStart, int numberEnd)
    {
        var numberStart = numberEnd;
        while (numberStart > sentenceStart && !char.IsWhiteSpace(text[numberStart - 1])) numberStart--;
        var at = sentenceStart;
        while (at < numberStart)
        {
            while (at < numberStart && char.IsWhiteSpace(text[at])) at++;
            if (at >= numberStart) break;
            var e = at;
            while (e < numberStart && !char.IsWhiteSpace(text[e])) e++;
            if (!AdverbialWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(at, e - at))) return false;
            at = e;
        }
        return true;
    }

    private static int WordEnd(string text, int at, int end)
    {
        var e = at;
        while (e < end && (char.IsLetter(text[e]) || text[e] == '-')) e++;
        return e;
    }
}
