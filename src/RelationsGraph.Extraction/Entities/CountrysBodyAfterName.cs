using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// A person placed by a state's own body told after the name rather than by an office of the country:
/// <list type="bullet">
/// <item>a relative clause of holding or leading: "X, who heads the Malian foreign ministry's legal bureau", "Y, who holds the
/// same post in the Chadian army", "Deputies A and B, who lead the Ruritanian parliamentary delegation", also after an apposition
/// ("Z, the minister for mines, who led Niger's negotiators");</item>
/// <item>an apposition of a member or officer "of", "in" or "at" such a body: "W, a member of Peru's parliament",
/// "V, speaker of the Kyrgyz parliament".</item>
/// </list>
/// The body is a country's possessive or nationality on a noun of a state body (army, ministry, parliament, delegation, team,
/// negotiators...), or a body named for a country ("the Malian Foreign Ministry"); a country owning no body ("the US desk at
/// the Cuban foreign ministry") is only where the work lies. One country only: two bodies of two countries tell neither.
/// </summary>
internal static class CountrysBodyAfterName
{
    /// <summary>Nouns of a state's own bodies and of the teams it sends, whose members serve it.</summary>
    private static readonly FrozenSet<string> BodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "army", "navy", "military", "ministry", "parliament", "legislature", "assembly", "senate", "congress", "government", "cabinet",
        "delegation", "team", "negotiators", "embassy", "presidency", "forces", "police", "mission",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of holding, leading or serving in a post, in the forms a relative clause uses ("heads", "lead", "led").</summary>
    private static readonly FrozenSet<string> HoldingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "heads", "head", "headed", "leads", "lead", "led", "holds", "hold", "held", "chairs", "chair", "chaired", "runs", "run", "ran",
        "serves", "serve", "served", "commands", "command", "commanded", "directs", "direct", "directed", "sits", "sit", "sat",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of the members and officers of a body, heading an apposition before "of", "in" or "at".</summary>
    private static readonly FrozenSet<string> MemberNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "member", "members", "speaker", "official", "officer", "delegate", "representative", "lawmaker", "legislator", "deputy", "head", "chief",
        "chairman", "chairwoman", "chair", "director", "commander", "adviser", "advisor", "aide", "secretary", "negotiator", "spokesman",
        "spokeswoman", "spokesperson", "general",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a body's noun that leave it the end of its phrase ("the Chadian army in Abeche", "Peru's parliament and").</summary>
    private static readonly FrozenSet<string> AfterBody = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "for", "on", "of", "and", "who", "which", "that", "since", "until", "from", "with", "during", "'s", "’s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxClauseTokens = 16;
    private const int MaxAppositionTokens = 12;

    /// <summary>The country of the body told after <paramref name="p"/>, or null.</summary>
    public static string? Of(List<Token> tokens, List<Mention> mentions, Mention p, KnowledgeBase knowledge)
    {
        var i = p.TokenEnd;
        // "A and B, who lead ...": a relative clause after a pair of names, with a plural verb, is about both.
        var pair = false;
        if (i + 1 < tokens.Count && tokens[i].Lower == "and" &&
            mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && m.TokenStart == i + 1 && !m.IsNominal) is { } next)
        {
            i = next.TokenEnd;
            pair = true;
        }
        if (i + 1 >= tokens.Count || tokens[i].Text != ",") return null;
        i++;
        if (tokens[i].Lower != "who")
        {
            if (pair) return null;
            var end = i;
            while (end < tokens.Count && end - i < MaxAppositionTokens && tokens[end].Text is not ("," or "." or ";" or ":" or "(" or ")") && tokens[end].Lower != "who") end++;
            if (end >= tokens.Count || end - i >= MaxAppositionTokens) return null;
            if (mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart >= i && m.TokenStart < end)) return null;
            if (MemberOfABody(tokens, mentions, i, end, knowledge) is { } member) return member;
            // "Z, the minister for mines, who led ...": one apposition may stand between the name and the clause.
            if (end + 1 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1].Lower != "who") return null;
            i = end + 1;
        }
        return HoldingClause(tokens, mentions, i + 1, pair, knowledge);
    }

    /// <summary>"a member of Peru's parliament": an article, lower-case words, a member's noun, "of"/"in"/"at" and the body.</summary>
    private static string? MemberOfABody(List<Token> tokens, List<Mention> mentions, int start, int end, KnowledgeBase knowledge)
    {
        var k = start;
        if (tokens[k].Lower is "a" or "an" or "the") k++;
        for (; k < end && tokens[k].IsWord && !tokens[k].IsCapitalized || k < end && tokens[k].Text == "-"; k++)
        {
            if (k + 1 < end && MemberNouns.Contains(tokens[k].Text) && tokens[k + 1].Lower is "of" or "in" or "at")
                return OneCountrysBody(tokens, mentions, k + 2, end, knowledge);
        }
        return null;
    }

    /// <summary>"who [also] heads the Chadian army's ...": a verb of holding a post, then the clause up to its end.</summary>
    private static string? HoldingClause(List<Token> tokens, List<Mention> mentions, int i, bool plural, KnowledgeBase knowledge)
    {
        if (i < tokens.Count && tokens[i].Lower is "also" or "now" or "currently" or "still" or "previously") i++;
        if (i >= tokens.Count || !HoldingVerbs.Contains(tokens[i].Text)) return null;
        // "A and B, who lead": the verb of a pair takes no -s.
        if (plural && tokens[i].Lower.EndsWith('s')) return null;
        var end = i + 1;
        while (end < tokens.Count && end - i < MaxClauseTokens && tokens[end].Text is not ("," or "." or ";" or ":" or "(" or ")")) end++;
        return OneCountrysBody(tokens, mentions, i + 1, end, knowledge);
    }

    /// <summary>The one country owning a state body in tokens [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    private static string? OneCountrysBody(List<Token> tokens, List<Mention> mentions, int from, int to, KnowledgeBase knowledge)
    {
        string? found = null;
        foreach (var m in mentions)
        {
            if (m.TokenStart < from || m.TokenStart >= to) continue;
            string? iso = null;
            if (m.Kind == MentionKind.Organization && BodyNouns.Contains(m.Surface.Split(' ')[^1]))
                iso = OfficeAfterName.NationalBody(m, knowledge);
            else if (m.Kind == MentionKind.Country && m.Iso2 is not null && !m.IsGovernment && OwnsABody(tokens, m, to))
                iso = m.Iso2;
            if (iso is null) continue;
            if (found is not null && found != iso) return null;
            found = iso;
        }
        return found;
    }

    /// <summary>"Peru's parliament", "the Chadian army", "the U.S. congressional delegation": the country on a body's noun.</summary>
    private static bool OwnsABody(List<Token> tokens, Mention country, int to)
    {
        var k = country.TokenEnd;
        if (k < to && tokens[k].Text is "'s" or "’s") k++;
        else if (!country.IsDemonym && !country.Surface.All(c => char.IsUpper(c) || c == '.')) return false;
        for (var n = 0; k < to && n < 3; k++, n++)
        {
            if (!tokens[k].IsWord) return false;
            if (BodyNouns.Contains(tokens[k].Text))
                return k + 1 >= tokens.Count || !tokens[k + 1].IsWord || AfterBody.Contains(tokens[k + 1].Text);
        }
        return false;
    }
}
