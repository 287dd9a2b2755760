using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "the Tarvic Union for Renewal and Progress (TURP)", "the Northern Fisheries Coordination Council (NFCC)": news gives a
/// body's full name once with the acronym of its initials in brackets, then uses the acronym alone. Capitalised words whose
/// initials spell the bracketed capitals are one body's name, whatever their last word; the acronym and its bare later
/// uses are that body (pattern: a name glossed by its own acronym). Titles of documents, gatherings and areas glossed the same
/// way ("... Free Trade Area (XFTA)", "... Summit (XS)") are left to their own readers.
/// </summary>
internal static class AcronymGlossedBody
{
    public const string Rule = "name glossed by the acronym of its initials in brackets after it";
    public const string AcronymRule = "acronym a name was glossed with";

    /// <summary>Small words inside a body's name, which give no letter to its acronym.</summary>
    private static readonly FrozenSet<string> Connectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "of", "for", "and", "the", "on", "in", "to", "across", "de", "la", "du", "des", "del", "et", "y", "-", "'s", "’s",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of documents, gatherings, programmes and areas, which an acronym glosses as often as a body.</summary>
    private static readonly FrozenSet<string> NotBodies = new HashSet<string>(StringComparer.Ordinal)
    {
        "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Plan", "Declaration", "Convention", "Protocol", "Charter", "Act",
        "Pact", "Partnership", "Framework", "Programme", "Program", "Initiative", "Strategy", "Process", "Mechanism", "Dialogue",
        "Meeting", "Summit", "Talks", "Session", "Corridor", "Area", "Zone", "Region", "Route", "Principles", "Consensus", "Project",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxNameTokens = 16;

    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence, KnowledgeBase knowledge)
    {
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var sentence = sentences[s];
            // Most sentences have no bracket at all: one search of the text spares them the walk over their tokens.
            if (!sentence.Text.Contains('(')) continue;
            var tokens = sentence.Tokens;
            for (var i = 1; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].Text != "(" || AcronymEnd(tokens, i + 1) is not (> 0 and var close)) continue;
                var acronym = sentence.Text[tokens[i + 1].Start..tokens[close - 1].End];
                if (NameStart(tokens, i, Capitals(acronym)) is not (>= 0 and var start)) continue;
                var list = bySentence[s];
                // "the UN Economic Commission for Africa (ECA)": a body read from an earlier word keeps that word.
                if (BodyFromEarlierWord(list, start, i) is { } longer)
                    start = longer.TokenStart;
                var read = BodyOver(list, start, i);
                if (read is null && !Replaceable(list, start, i)) continue;
                var known = BodyOver(list, i + 1, close)?.Canonical ??
                            knowledge.Lookup(acronym).FirstOrDefault(e => e.Kind == GazetteerKind.Organization)?.Canonical;
                var canonical = known ?? read?.Canonical ?? read?.Surface ?? sentence.Text[tokens[start].Start..tokens[i - 1].End];
                // A country inside the name is kept: the state it names is still the story's ("the National Government of Tarvia (NGT)").
                if (read is null) list = BodyOverRun.Replace(list, sentence, start, i, canonical, Rule, keepCountries: true);
                list = BodyOverRun.Replace(list, sentence, i + 1, close, canonical, AcronymRule);
                bySentence[s] = list;
                acronyms.TryAdd(acronym, canonical);
                i = close;
            }
        }
        if (acronyms.Count > 0) SpreadAcronyms(sentences, bySentence, acronyms);
        return bySentence;
    }

    // The look-ups below are helpers, not lambdas in the loops: a closure over the loops' locals was made for every token.

    /// <summary>The body read over exactly the tokens [<paramref name="start"/>, <paramref name="end"/>), if any.</summary>
    private static Mention? BodyOver(IReadOnlyList<Mention> list, int start, int end) =>
        list.FirstOrDefault(m => m.Kind == MentionKind.Organization && m.TokenStart == start && m.TokenEnd == end);

    /// <summary>A body read from a word before <paramref name="start"/> that ends within the name, before <paramref name="end"/>.</summary>
    private static Mention? BodyFromEarlierWord(IReadOnlyList<Mention> list, int start, int end) =>
        list.FirstOrDefault(m => m.Kind == MentionKind.Organization && m.TokenStart < start && m.TokenEnd > start && m.TokenEnd <= end);

    /// <summary>Whether a reading other than a guess covers token <paramref name="k"/>.</summary>
    private static bool ReadAt(IReadOnlyList<Mention> list, int k) => list.Any(m => m.TokenStart <= k && m.TokenEnd > k && !BodyOverRun.IsGuess(m));

    /// <summary>The index of ")" closing an acronym that opens at <paramref name="from"/> ("NFCC", "ZANU-PF"), else -1.</summary>
    private static int AcronymEnd(List<Token> tokens, int from)
    {
        var letters = 0;
        for (var k = from; k < tokens.Count && k < from + 5; k++)
        {
            var t = tokens[k].Text;
            if (t == ")") return letters >= 2 && k > from && tokens[k - 1].IsWord ? k : -1;
            if (t is "-" or "/" or "&" && k > from) continue;
            if (!tokens[k].IsWord || !t.All(c => char.IsUpper(c) || char.IsDigit(c))) return -1;
            letters += t.Count(char.IsUpper);
        }
        return -1;
    }

    private static string Capitals(string acronym) => new(acronym.Where(char.IsUpper).ToArray());

    /// <summary>
    /// The first token of the run of capitalised words and connectors ending before <paramref name="paren"/> whose capitalised
    /// words' initials are <paramref name="capitals"/>; -1 when none is.
    /// </summary>
    private static int NameStart(List<Token> tokens, int paren, string capitals)
    {
        var initials = "";
        var words = 0;
        var allCaps = true;
        for (var k = paren - 1; k >= 0 && paren - k <= MaxNameTokens; k--)
        {
            var t = tokens[k];
            if (Connectors.Contains(t.Text)) continue;
            if (!t.IsWord || !t.IsCapitalized) return -1;
            if (words == 0 && NotBodies.Contains(t.Text)) return -1;
            initials = t.Text[0] + initials;
            words++;
            allCaps &= t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (initials.Length > capitals.Length) return -1;
            // A shouted heading ("NORTHERN FISHERIES COUNCIL (NFC)") is typography, not a gloss.
            if (initials == capitals) return words >= 2 && !allCaps ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// The name's words hold no reading with evidence of its own: no titled or known person, and not one country whole. An unknown
    /// person read from the words around the name alone ("X of Chile") gives way: no person's name is glossed by its initials.
    /// </summary>
    private static bool Replaceable(IReadOnlyList<Mention> list, int start, int end) =>
        list.All(m => m.TokenEnd <= start || m.TokenStart >= end ||
                      m.TokenStart >= start && m.TokenEnd <= end && !(m.Kind == MentionKind.Country && m.TokenStart == start && m.TokenEnd == end) &&
                      (m.Kind != MentionKind.Person || m.Canonical is null && m.Title is null && !m.IsNominal));

    /// <summary>"the NFCC met again": a glossed acronym standing alone in any sentence is the body it glossed.</summary>
    private static void SpreadAcronyms(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence, Dictionary<string, string> acronyms)
    {
        for (var s = 0; s < sentences.Count && s < bySentence.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!acronyms.TryGetValue(tokens[k].Text, out var canonical)) continue;
                var list = bySentence[s];
                if (ReadAt(list, k) || !BodyOverRun.OnlyGuessesOver(list, k, k + 1)) continue;
                bySentence[s] = BodyOverRun.Replace(list, sentences[s], k, k + 1, canonical, AcronymRule);
            }
        }
    }
}
