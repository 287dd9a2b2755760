using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Both sides released a joint statement to deepen the Strategic Partnership that X and then-President Y launched in
/// March 2011": a relative clause that hangs on another noun than a document tells that noun's own story, so its year or
/// its then-title says nothing of when the sentence's document was made (the pattern: a subordinate clause about something
/// else keeps its time to itself). A clause hanging on a document ("the treaty that A and B signed in 1977") or holding the
/// reference itself still dates the sentence's signing.
/// </summary>
internal static class ClauseOfAnotherNoun
{
    private static readonly FrozenSet<string> Relatives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "that", "which", "who", "whom", "whose", "where", "when" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a capitalised name may hold: "the Treaty of Rome", "the Ministry for Trade and Industry".</summary>
    private static readonly FrozenSet<string> NameJoiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "of", "for", "on", "and", "the", "-" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The spans [start, end) of the sentence's relative clauses that hang on a noun other than a document and do not hold
    /// the reference [mentionStart, mentionEnd). A clause runs from its pronoun to the next comma, semicolon, colon, dash
    /// or bracket. Empty for most sentences (no relative pronoun after a noun).
    /// </summary>
    public static List<(int Start, int End)> Spans(List<Token> tokens, int mentionStart, int mentionEnd)
    {
        var spans = new List<(int, int)>();
        for (var k = 1; k < tokens.Count; k++)
        {
            if (ParticipleOfAnotherNoun(tokens, k, mentionStart, out var participleEnd)) { spans.Add((k, participleEnd)); k = participleEnd - 1; continue; }
            if (!Relatives.Contains(tokens[k].Text)) continue;
            var head = tokens[k - 1].Text == "," ? k - 2 : k - 1;
            if (head < 1 || !tokens[head].IsWord) continue;
            // "that" with no comma after a verb ("said that") opens what was said, not a relative clause: a noun's clause
            // needs a name or a determined noun before it.
            if (!IsNounPhraseEnd(tokens, head, out var phraseStart)) continue;
            var end = k + 1;
            while (end < tokens.Count && tokens[end].Text is not ("," or ";" or ":" or "(" or ")" or "—" or "–")) end++;
            if (mentionStart >= phraseStart && mentionStart < end) continue;
            var document = false;
            for (var j = phraseStart; j <= head && !document; j++)
                document = AgreementKinds.KindOf(tokens[j].Lower, j > 0 ? tokens[j - 1].Lower : null) is not null && tokens[j].Lower is not ("partnership" or "plan");
            if (!document) spans.Add((k, end));
            k = end - 1;
        }
        return spans;
    }

    /// <summary>Prepositions and time words a participle's own time or place opens with: "established in July 2022".</summary>
    private static readonly FrozenSet<string> ParticipleAdjuncts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "on", "at", "during", "last", "since", "under" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the ministers praised the Coastal Partnership founded in May 2018", "hailed the ties restored in 2016": a past
    /// participle with its own time, right after the object of a verb when that object is not a document, is a reduced
    /// relative clause about that noun and keeps its time to itself, as a clause opened by "that"
    /// does (the pattern: "N established/launched/forged in YEAR" tells N's story). The clause runs to the next comma or
    /// stop (<paramref name="end"/>). The noun must open with a determiner and follow a lower-case word other than a
    /// conjunction or relative pronoun, so a clause's subject with its finite verb ("and the partnership deepened in 2022",
    /// "that A and B adopted in 2021") is left alone.
    /// </summary>
    private static bool ParticipleOfAnotherNoun(List<Token> tokens, int k, int mentionStart, out int end)
    {
        end = k;
        var w = tokens[k];
        if (!w.IsWord || w.IsCapitalized || w.Text.Length < 5 || !w.Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (k + 1 >= tokens.Count || !ParticipleAdjuncts.Contains(tokens[k + 1].Text) || k < 3 || !tokens[k - 1].IsWord) return false;
        if (!IsNounPhraseEnd(tokens, k - 1, out var phraseStart) || phraseStart < 1) return false;
        // "that Presidents A and B adopted in 2021", "which the leaders signed in 2019": a name or a noun after a relative
        // pronoun is a clause's subject and its verb is finite; only a determined noun after another word is an object.
        if (!Determiners.Contains(tokens[phraseStart].Text)) return false;
        var before = tokens[phraseStart - 1];
        if (!before.IsWord || before.IsCapitalized || Relatives.Contains(before.Text) || before.Lower is "and" or "but" or "or" or "while" or "as" or "then" or "if" or "because" or "after" or "before" or "since" or "until") return false;
        for (var j = phraseStart; j < k; j++)
            if (AgreementKinds.KindOf(tokens[j].Lower, j > 0 ? tokens[j - 1].Lower : null) is not null && tokens[j].Lower is not ("partnership" or "plan")) return false;
        end = k + 1;
        while (end < tokens.Count && tokens[end].Text is not ("," or ";" or ":" or "(" or ")" or "—" or "–")) end++;
        return !(mentionStart >= phraseStart && mentionStart < end);
    }

    /// <summary>Whether the token at <paramref name="k"/> lies in one of <paramref name="spans"/>.</summary>
    public static bool Inside(List<(int Start, int End)> spans, int k)
    {
        foreach (var (s, e) in spans)
            if (k >= s && k < e) return true;
        return false;
    }

    /// <summary>
    /// "the Comprehensive Partnership", "the old border": a capitalised name (not the sentence's first word) or a word a
    /// determiner opens within three words; <paramref name="phraseStart"/> is where that phrase begins.
    /// </summary>
    private static bool IsNounPhraseEnd(List<Token> tokens, int head, out int phraseStart)
    {
        phraseStart = head;
        if (tokens[head].IsCapitalized)
        {
            while (phraseStart > 1 && (tokens[phraseStart - 1].IsCapitalized && tokens[phraseStart - 1].IsWord || NameJoiners.Contains(tokens[phraseStart - 1].Text))) phraseStart--;
            return true;
        }
        for (var j = head - 1; j >= 0 && j >= head - 3 && tokens[j].IsWord; j--)
            if (Determiners.Contains(tokens[j].Text)) { phraseStart = j; return true; }
        return false;
    }
}
