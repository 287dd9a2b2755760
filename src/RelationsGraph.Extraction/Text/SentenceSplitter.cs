namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Splits cleaned text into sentences: at line breaks, and after . ! ? (and closing quotes)
/// when the next word starts a sentence, except after abbreviations (Mr., Jan., U.S., Dec.) and initials; the point of
/// "a.m."/"p.m." may end a sentence too (see <see cref="ClockTimeStop"/>).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
        "pres", "amb", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "approx", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "p", "pp",
        // Honorifics written with a stop before a name: "Smt. Indira Gandhi", "Rt. Hon. X", "Md. Shahidul Haque".
        "smt", "km", "md", "hon", "rt",
        // Clerical and military ranks written with a stop before a name: "the Rev. Anselm Dorrit", "Brig. Gen. Tova
        // Lenk", "Fr. Milo Karras", "Cdr. Ivo Brandt"; the stop never ends the sentence, or the name is cut off from
        // the clause that gives its role ("the session was opened by the Rev." / "Anselm Dorrit, who ...").
        "rev", "fr", "msgr", "brig", "cdr", "cmdr", "pvt", "cpl", "supt",
    };

    private const string ClosingMarks = "\"'”’)]";

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (lineEnd == lineStart) paragraph++;
            else SplitLine(text, lineStart, lineEnd, paragraph, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var close = i + 1;
            while (close < end && ClosingMarks.Contains(text[close])) close++;
            if (close >= end || !char.IsWhiteSpace(text[close])) continue;
            var next = close;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end || !StartsSentence(text[next])) continue;
            if (c == '.' && close == i + 1 && IsAbbreviation(text, sentenceStart, i) && !ClockTimeStop.EndsSentence(text, sentenceStart, i, next, end)) continue;
            Add(text, sentenceStart, close, paragraph, into);
            sentenceStart = next;
            i = next - 1;
        }
        Add(text, sentenceStart, end, paragraph, into);
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || "\"“‘'(".Contains(c);

    /// <summary>True when the word ending at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int lowerBound, int dot)
    {
        var wordStart = dot;
        while (wordStart > lowerBound && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0) return false;
        if (word.Contains('.')) return true;                       // U.S, D.C, a.m
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // initials: "S. Korea", "John F. Kennedy"
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        var s = text[start..end];
        into.Add(new Sentence(into.Count, start, s, Tokenizer.Tokenize(s), paragraph));
    }
}
