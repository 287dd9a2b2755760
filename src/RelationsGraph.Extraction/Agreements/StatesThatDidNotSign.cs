using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ruritania and Osterlich walked away", "Freedonia stayed out", "Sylvania, which had sent observers, also held back",
/// "the Ruritanian president, who did not sign": a state (or a person of a state) that is the subject of a denied signing
/// or of a verb of keeping out is told as no side of the document the story concluded, whoever else the meeting or the
/// sentence named (the pattern: news names the holdouts of a multilateral signing in a sentence of their own). A state is
/// kept when someone of it signed after all.
/// </summary>
internal static class StatesThatDidNotSign
{
    /// <summary>Adverbs between the subject and the verb: "A also held back".</summary>
    private static readonly FrozenSet<string> Adverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "still", "then", "pointedly", "ultimately", "finally", "notably" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A state's body after its name: "the Ruritanian delegation held back".</summary>
    private static readonly FrozenSet<string> SideNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "delegation", "side", "government" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The states told as not signing, with the sentence telling it.</summary>
    public static List<(string Country, Sentence Sentence)> In(IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn,
        Func<string, string?> countryOfPerson)
    {
        var found = new List<(string, Sentence)>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var k = 1; k < tokens.Count - 1; k++)
            {
                if (!DeniedSigningAt(tokens, k)) continue;
                // "A has not signed on to the Silver Corridor Initiative": a refusal of something else (see DenialOfItsOwnObject).
                if (DenialOfItsOwnObject.At(tokens, k)) continue;
                var end = SubjectEnd(tokens, k);
                if (end <= 0) continue;
                foreach (var country in SubjectList(mentionsIn(sentence), tokens, end, countryOfPerson))
                    found.Add((country, sentence));
            }
        }
        return found;
    }

    /// <summary>
    /// "did not sign", "would not join", "refused to sign", "declined to sign", "never signed", "stayed out", "walked away",
    /// "held back" (before a stop, "from" or a signature), "opted out".
    /// </summary>
    internal static bool DeniedSigningAt(List<Token> tokens, int k)
    {
        var w = tokens[k].Lower;
        var next = tokens[k + 1].Lower;
        if (w is "did" or "does" or "would" or "could" or "has" or "have" or "had" && next is "not" or "n't" && k + 2 < tokens.Count)
            return tokens[k + 2].Lower is "sign" or "signed" or "join" or "joined";
        if (w is "refused" or "declined" && next == "to" && k + 2 < tokens.Count) return tokens[k + 2].Lower is "sign" or "join";
        if (w == "never") return next is "signed";
        if (w is "stayed" or "stays" or "opted" or "opts") return next == "out";
        if (w is "walked" or "walks") return next == "away";
        if (w is "held" or "holds") return next == "back" && (k + 2 >= tokens.Count || !tokens[k + 2].IsWord || tokens[k + 2].Lower is "from" or "its" or "their" or "signature");
        return false;
    }

    /// <summary>
    /// Where the subject ends before the verb at <paramref name="verb"/>: past adverbs, a relative clause set off by commas
    /// ("A, which had sent observers, also held back") or the relative pronoun itself ("A, who did not sign").
    /// </summary>
    private static int SubjectEnd(List<Token> tokens, int verb)
    {
        var k = verb;
        while (k > 0 && Adverbs.Contains(tokens[k - 1].Text)) k--;
        if (k >= 2 && tokens[k - 1].Lower is "who" or "which" && tokens[k - 2].Text == ",") return k - 2;
        if (k >= 1 && tokens[k - 1].Text == ",")
        {
            for (var j = k - 2; j >= 1 && j >= k - 14; j--)
            {
                if (tokens[j].Text is "." or ";" or ":") return -1;
                if (tokens[j].Lower is "who" or "which" && tokens[j - 1].Text == ",") return j - 1;
            }
            return -1;
        }
        return k;
    }

    /// <summary>The states of the names listed right before <paramref name="end"/>: "A, B and the C", a person for their state.</summary>
    private static IEnumerable<string> SubjectList(IReadOnlyList<Mention> mentions, List<Token> tokens, int end, Func<string, string?> countryOfPerson)
    {
        var states = new List<string>();
        var e = end;
        if (e > 0 && SideNouns.Contains(tokens[e - 1].Text)) e--;
        while (e > 0)
        {
            var named = mentions.Where(m => m.TokenEnd == e && m.EntityId is not null && m.Kind is MentionKind.Country or MentionKind.Person)
                .OrderBy(m => m.TokenStart).FirstOrDefault();
            if (named is null) break;
            var state = named.Kind == MentionKind.Country ? named.EntityId : countryOfPerson(named.EntityId!) is { } iso ? EntityRegistry.CountryId(iso) : null;
            if (state is not null && !states.Contains(state)) states.Add(state);
            var s = named.TokenStart;
            if (s > 0 && tokens[s - 1].Lower == "the") s--;
            if (s > 0 && tokens[s - 1].Lower == "and") s--;
            else if (s > 0 && tokens[s - 1].Text == ",") s--;
            else break;
            if (s > 0 && tokens[s - 1].Text == "," ) s--;
            e = s;
        }
        return states;
    }
}
