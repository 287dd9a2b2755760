using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Ruto's interior minister, X" / "X, President Morales's chief negotiator": an office owned by a named person is held
/// in that person's government, so the official serves the owner's country (the pattern: a leader's possessive on an
/// office noun). Read after coreference, when the owner's country is known even if the owner is only a family name here.
/// </summary>
internal static class OfficialOfALeader
{
    /// <summary>Lower-case office nouns a leader's aide may hold.</summary>
    private static readonly FrozenSet<string> AideOffices = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "envoy", "chief",
        "negotiator", "representative", "ambassador", "sherpa", "counsellor", "counselor", "deputy", "premier",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most lower-case words an owned office takes ("national security adviser").</summary>
    private const int MaxOfficeWords = 5;

    /// <summary>Gives each official without a country the country of the person owning their office; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var byId = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        var changed = new List<PersonName>();
        foreach (var p in people.Where(UnplacedOfficials.IsUnplaced))
        {
            foreach (var m in p.Mentions.Where(m => !m.IsNominal))
            {
                var sentence = mentions[m.Sentence.Index];
                if ((OwnedOfficeBefore(m, sentence) ?? OwnedOfficeAfter(m, sentence)) is not var (owner, title)) continue;
                if (owner.EntityId is null || owner.EntityId == p.Id || !byId.TryGetValue(owner.EntityId, out var leader) || leader.Iso2 is null) continue;
                p.Iso2 = leader.Iso2;
                if (m.Title is null || !m.TitleIsOffice) m.Title = title;
                m.TitleIsOffice = true;
                if (!p.Titles.Contains(m.Title, StringComparer.OrdinalIgnoreCase)) p.Titles.Add(m.Title);
                m.Rule += "; office owned by a named leader gives the leader's country";
                changed.Add(p);
                break;
            }
        }
        return changed;
    }

    /// <summary>"Ruto's interior minister, X" / "Ruto's interior minister X": the owner and the office words before the name.</summary>
    private static (Mention Owner, string Title)? OwnedOfficeBefore(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var end = m.TokenStart - 1;
        if (end >= 0 && tokens[end].Text == ",") end--;
        if (end < 0 || !IsOfficeWord(tokens[end])) return null;
        var from = end;
        while (from - 1 >= 0 && end - from + 1 < MaxOfficeWords && IsLowerWord(tokens[from - 1])) from--;
        var possessive = from - 1;
        if (possessive < 1 || tokens[possessive].Text is not ("'s" or "’s")) return null;
        var owner = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o.TokenEnd == possessive);
        return owner is null ? null : (owner, Words(tokens, from, end));
    }

    /// <summary>"X, President Morales's chief negotiator," : the owner and the office words of an apposition after the name.</summary>
    private static (Mention Owner, string Title)? OwnedOfficeAfter(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        if (m.TokenEnd >= tokens.Count || tokens[m.TokenEnd].Text != ",") return null;
        var owner = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o.TokenStart > m.TokenEnd && o.TokenStart <= m.TokenEnd + 3);
        if (owner is null || owner.TokenEnd >= tokens.Count || tokens[owner.TokenEnd].Text is not ("'s" or "’s")) return null;
        // Only the title words of the owner ("President") may stand between the comma and the owner's name.
        for (var k = m.TokenEnd + 1; k < owner.TokenStart; k++)
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Lower == "the")) return null;
        var from = owner.TokenEnd + 1;
        for (var k = from; k < tokens.Count && k - from < MaxOfficeWords && IsLowerWord(tokens[k]); k++)
            if (IsOfficeWord(tokens[k])) return (owner, Words(tokens, from, k));
        return null;
    }

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized && t.Lower is not ("and" or "or" or "who" or "which" or "the" or "a" or "an");

    private static bool IsOfficeWord(Token t) => t.IsWord && !t.IsCapitalized && (AideOffices.Contains(t.Text) || Lexicon.OfficeNouns.Contains(t.Text));

    private static string Words(List<Token> tokens, int from, int to) => string.Join(' ', tokens.Skip(from).Take(to - from + 1).Select(t => t.Text));
}
