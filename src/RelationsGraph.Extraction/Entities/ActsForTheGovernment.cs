using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X signed for the government, Y for the insurgents", "For the national government, A and B signed", "the head of
/// the government delegation, Z": in a story of a state and a non-state side (rebels, an opposition, a movement) the press
/// calls the state's side just "the government". When the article names only one country's government ("the Government of
/// C", "C's government", "the C-ian government"), a person said to act for "the government" acts for that country; "for the
/// Government of C" names the country outright (pattern: a person's side given as the government).
/// </summary>
internal static class ActsForTheGovernment
{
    /// <summary>Nouns for a negotiating party that "the government" can head ("the government delegation, X").</summary>
    private static readonly FrozenSet<string> PartyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "delegations", "side", "team", "negotiator", "negotiators", "delegate", "delegates", "panel", "commission", "representative", "representatives",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a name and the "for" of its side: signing and negotiating verbs.</summary>
    private static readonly FrozenSet<string> ActingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "signs", "sign", "signing", "initialled", "initialed", "inked", "countersigned", "name", "names",
        "negotiated", "negotiates", "negotiating", "spoke", "speaks", "speaking", "acted", "acts", "acting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gives each person with no country who acts for the government that government's country; returns them.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var government = OnlyGovernment(mentions);
        var placed = new List<PersonName>();
        foreach (var p in people.Where(p => p.Iso2 is null && p.Mentions.Count > 0))
            foreach (var m in p.Mentions.Where(m => !m.IsNominal))
            {
                if (SideOf(m, mentions[m.Sentence.Index], government) is not { } iso) continue;
                ActsFor(p, m, iso, "acts for the government");
                placed.Add(p);
                break;
            }
        return placed;
    }

    /// <summary>The person speaks for <paramref name="iso"/> at mention <paramref name="m"/>, the side it acts for there.</summary>
    internal static void ActsFor(PersonName p, Mention m, string iso, string rule)
    {
        p.Iso2 = iso;
        m.Iso2 = iso;
        m.SpeaksForCountry = true;
        m.Rule += "; " + rule;
    }

    /// <summary>The one country whose government the article names, or null when it names none or several.</summary>
    public static string? OnlyGovernment(IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in mentions.Where(s => s.Count > 0))
        {
            var tokens = sentence[0].Sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Lower == "government" && CountryOfGovernmentAt(tokens, sentence, i) is { } iso) found.Add(iso);
                if (tokens[i].Lower == "governments") found.UnionWith(CountriesOfGovernmentsAt(tokens, sentence, i));
            }
        }
        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>"the governments of A and B": every country of the list after the plural (and so more than one government).</summary>
    private static IEnumerable<string> CountriesOfGovernmentsAt(List<Token> tokens, IReadOnlyList<Mention> sentence, int g)
    {
        if (g + 2 >= tokens.Count || tokens[g + 1].Lower != "of") yield break;
        var i = g + 2;
        while (i < tokens.Count)
        {
            if (tokens[i].Lower is "the" or "and" or ",") { i++; continue; }
            var country = sentence.FirstOrDefault(m => m.Kind == MentionKind.Country && m.Iso2 is not null && m.TokenStart == i);
            if (country is null) yield break;
            yield return country.Iso2!;
            i = country.TokenEnd;
        }
    }

    /// <summary>"C government", "C's government", "the C-ian government", "government of (the) C": the country the word at <paramref name="g"/> belongs to.</summary>
    private static string? CountryOfGovernmentAt(List<Token> tokens, IReadOnlyList<Mention> sentence, int g)
    {
        var before = sentence.FirstOrDefault(m => m.Kind == MentionKind.Country && m.Iso2 is not null &&
                                                  (m.TokenEnd == g || m.TokenEnd == g - 1 && tokens[g - 1].Text is "'s" or "’s"));
        if (before is not null) return before.Iso2;
        if (g + 2 >= tokens.Count || tokens[g + 1].Lower != "of") return null;
        var at = tokens[g + 2].Lower == "the" ? g + 3 : g + 2;
        return sentence.FirstOrDefault(m => m.Kind == MentionKind.Country && m.Iso2 is not null && !m.IsDemonym && m.TokenStart == at)?.Iso2;
    }

    /// <summary>The country of the government <paramref name="m"/> acts for, read from the words around the name.</summary>
    private static string? SideOf(Mention m, IReadOnlyList<Mention> sentence, string? government) =>
        ForAfterTheName(m, sentence, government) ?? OpeningForThe(m, sentence, government) ?? GovernmentPartyBefore(m, sentence, government);

    /// <summary>
    /// "X signed on behalf of the government", "X for the government and Y for the rebels", "X, the speaker, for the
    /// government,": a "for" right after the name, after its apposition's comma, or after a signing verb. Another person
    /// between takes the phrase; "X called for the government to go" is no side.
    /// </summary>
    private static string? ForAfterTheName(Mention m, IReadOnlyList<Mention> sentence, string? government)
    {
        var tokens = m.Sentence.Tokens;
        var acting = false;
        for (var i = m.TokenEnd; i < tokens.Count && i - m.TokenEnd <= 16; i++)
        {
            if (tokens[i].Text is ";" or "." or ":" || tokens[i].Lower is "while" or "whereas" or "but" or "who" or "which" or "that") return null;
            if (sentence.Any(o => o.Kind == MentionKind.Person && o.TokenStart == i && o != m)) return null;
            if (ActingWords.Contains(tokens[i].Text)) acting = true;
            var side = tokens[i].Lower == "for" ? i + 1
                : tokens[i].Lower == "on" && i + 2 < tokens.Count && tokens[i + 1].Lower == "behalf" && tokens[i + 2].Lower == "of" ? i + 3 : -1;
            if (side < 0) continue;
            if (!(acting || i == m.TokenEnd || tokens[i - 1].Text == ",")) return null;
            return GovernmentAt(tokens, sentence, side, government);
        }
        return null;
    }

    /// <summary>"For the national government, A and B signed first": the sentence opens with the side, and the name follows in its clause.</summary>
    private static string? OpeningForThe(Mention m, IReadOnlyList<Mention> sentence, string? government)
    {
        var tokens = m.Sentence.Tokens;
        var side = tokens.Count > 3 && tokens[0].Lower == "for" ? 1
            : tokens.Count > 5 && tokens[0].Lower == "on" && tokens[1].Lower == "behalf" && tokens[2].Lower == "of" ? 3 : -1;
        if (side < 0) return null;
        var comma = tokens.FindIndex(side, t => t.Text == ",");
        if (comma < 0 || comma > side + 6 || comma >= m.TokenStart) return null;
        for (var i = comma + 1; i < m.TokenStart; i++)
            if (tokens[i].Text is ";" or ":") return null;
        return GovernmentAt(tokens, sentence, side, government, comma);
    }

    /// <summary>"the head of the government delegation, X", "government negotiator X": the bare government's party just before the name.</summary>
    private static string? GovernmentPartyBefore(Mention m, IReadOnlyList<Mention> sentence, string? government)
    {
        if (government is null) return null;
        var tokens = m.Sentence.Tokens;
        for (var i = m.TokenStart - 1; i >= 1 && m.TokenStart - i <= 6; i--)
        {
            if (tokens[i].Text is ";" or "." or ":" || sentence.Any(o => o.Kind == MentionKind.Person && o.TokenEnd == i + 1 && o != m)) return null;
            if (PartyNouns.Contains(tokens[i].Text) && tokens[i - 1].Lower == "government" && i >= 2 && tokens[i - 2].Lower == "the") return government;
        }
        return null;
    }

    /// <summary>
    /// The government's country when "the (national) government" starts at <paramref name="at"/>: the one named there ("the
    /// Government of C", "C's government") or, for the bare phrase, the article's only government.
    /// </summary>
    private static string? GovernmentAt(List<Token> tokens, IReadOnlyList<Mention> sentence, int at, string? government, int end = -1)
    {
        if (end < 0) end = tokens.Count;
        var i = at;
        if (i < end && tokens[i].Lower == "the") i++;
        var named = sentence.FirstOrDefault(c => c.Kind == MentionKind.Country && c.Iso2 is not null && c.TokenStart == i);
        if (named is not null)
        {
            var after = named.TokenEnd < end && tokens[named.TokenEnd].Text is "'s" or "’s" ? named.TokenEnd + 1 : named.TokenEnd;
            return after < end && tokens[after].Lower == "government" ? named.Iso2 : null;
        }
        if (i < end && tokens[i].Lower is "national" or "central" or "federal") i++;
        if (i >= end || tokens[i].Lower != "government") return null;
        if (i + 1 < end && tokens[i + 1].Lower == "of") return CountryOfGovernmentAt(tokens, sentence, i);
        // "for the government's envoy" or "for the government troops" names something the government owns, not the side.
        if (i + 1 < end && (tokens[i + 1].Text is "'s" or "’s" || tokens[i + 1].IsWord && !PartyNouns.Contains(tokens[i + 1].Text) && tokens[i + 1].Lower is not ("and" or "or"))) return null;
        return government;
    }
}
