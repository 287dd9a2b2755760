using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Ruritania's foreign minister, X, signed on behalf of President Y", "X, acting for King Z", "X, acting for the Head
/// of State, Marshal W": a minister, envoy or ambassador acts in the name of their own head of state or
/// government, so the leader they act for serves the agent's country (the pattern: an agent standing in for their
/// principal). Only a leader with a head's title is placed, and only from an agent the text has already placed.
/// </summary>
internal static class PrincipalOfAnAgent
{
    /// <summary>Titles of a head of state or government, the principal an agent may act for.</summary>
    private static readonly FrozenSet<string> HeadTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "president", "prime minister", "king", "queen", "emperor", "empress", "sultan", "emir", "premier", "chancellor",
        "head of state", "head of government", "crown prince", "shah",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tokens between the agent's name and the phrase of acting ("X, Ghana's envoy in Lome, signed as a witness").</summary>
    private const int MaxAgentGap = 14;

    /// <summary>Most words of an apposition before the leader's name ("the Head of State,", "his father,").</summary>
    private const int MaxAppositionWords = 5;

    /// <summary>Gives each unplaced leader acted for by a placed agent the agent's country; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var changed = new List<PersonName>();
        Dictionary<string, PersonName>? byId = null;
        foreach (var p in people.Where(UnplacedOfficials.IsUnplaced))
            foreach (var m in p.Mentions.Where(m => !m.IsNominal))
            {
                if (ActingPhraseBefore(m) is not var (phrase, headTitle)) continue;
                var title = m.Title is not null && HeadTitles.Contains(m.Title) ? m.Title : headTitle;
                if (title is null) continue;
                var sentence = mentions[m.Sentence.Index];
                var agent = sentence.Where(o => o.Kind == MentionKind.Person && !o.IsNominal && o.EntityId is not null && o.EntityId != p.Id && o.TokenEnd <= phrase)
                    .MaxBy(o => o.TokenEnd);
                if (agent is null || phrase - agent.TokenEnd > MaxAgentGap || !OneClause(m.Sentence.Tokens, agent.TokenEnd, phrase)) continue;
                byId ??= people.GroupBy(q => q.Id).ToDictionary(g => g.Key, g => g.First());
                if (!byId.TryGetValue(agent.EntityId!, out var a) || (agent.Iso2 ?? a.Iso2) is not { } iso) continue;
                p.Iso2 = iso;
                // The acting phrase outweighs a country the mention took from the names around it (a list it only stands beside).
                m.Iso2 = iso;
                if (m.Title is null || !m.TitleIsOffice) m.Title = title;
                m.TitleIsOffice = true;
                if (!p.Titles.Contains(m.Title, StringComparer.OrdinalIgnoreCase)) p.Titles.Add(m.Title);
                m.Rule += "; the principal an agent acts for shares the agent's country";
                changed.Add(p);
                break;
            }
        return changed;
    }

    /// <summary>A name after a phrase of acting ("on behalf of King Y") is the agent's principal, not a member of a list around it.</summary>
    public static bool IsActedFor(Mention m) => ActingPhraseBefore(m) is not null;

    /// <summary>
    /// "on behalf of [an office,] [President] Y", "acting for Y", "in the name of Y": the token where the phrase of
    /// acting starts, and a head's title told in an apposition between it and the name; null when the name follows none.
    /// </summary>
    private static (int Start, string? HeadTitle)? ActingPhraseBefore(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var k = m.TokenStart - 1;
        // The leader's own title words when the mention does not hold them: "President", "the late King".
        while (k >= 0 && m.TokenStart - k <= 3 && tokens[k].IsWord && tokens[k].IsCapitalized && !IsPhraseEnd(tokens, k)) k--;
        string? headTitle = null;
        if (k >= 0 && tokens[k].Text == ",")
        {
            // An apposition before the name: "the Head of State,", "his father,".
            var end = k - 1;
            var from = end;
            while (from >= 0 && end - from < MaxAppositionWords && tokens[from].IsWord && !IsPhraseEnd(tokens, from)) from--;
            if (from < 0 || from == end || !IsPhraseEnd(tokens, from)) return null;
            var words = string.Join(' ', tokens.Skip(from + 1).Take(end - from).Where(t => t.Lower is not ("the" or "his" or "her" or "their")).Select(t => t.Text));
            if (HeadTitles.Contains(words)) headTitle = words;
            k = from;
        }
        if (k < 0 || !IsPhraseEnd(tokens, k)) return null;
        if (tokens[k].Lower == "of" && k >= 2 && tokens[k - 1].Lower == "behalf" && tokens[k - 2].Lower == "on") return (k - 2, headTitle);
        if (tokens[k].Lower == "of" && k >= 3 && tokens[k - 1].Lower == "name" && tokens[k - 2].Lower == "the" && tokens[k - 3].Lower == "in") return (k - 3, headTitle);
        if (tokens[k].Lower == "for" && k >= 1 && tokens[k - 1].Lower == "acting") return (k - 1, headTitle);
        return null;
    }

    /// <summary>The last word of a phrase of acting: "of" (on behalf of, in the name of) or "for" (acting for).</summary>
    private static bool IsPhraseEnd(List<Token> tokens, int k) =>
        tokens[k].Lower == "of" && k >= 2 && (tokens[k - 1].Lower == "behalf" && tokens[k - 2].Lower == "on" || tokens[k - 1].Lower == "name" && tokens[k - 2].Lower == "the")
        || tokens[k].Lower == "for" && k >= 1 && tokens[k - 1].Lower == "acting";

    /// <summary>No clause break (semicolon, colon, a new coordinated subject) between the agent and the phrase.</summary>
    private static bool OneClause(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Text is ";" or ":" or "." or "(" or ")" || tokens[k].Lower is "but" or "while" or "whereas" or "and") return false;
        return true;
    }
}
