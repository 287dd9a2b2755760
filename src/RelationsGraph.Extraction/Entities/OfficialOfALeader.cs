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
        // The one before or after in the owner's own office holds that same office of the same country.
        "predecessor", "successor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions opening the remit of an office ("envoy for the Great Lakes", "adviser on security").</summary>
    private static readonly FrozenSet<string> RemitPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "for", "on", "to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most words of a remit after the office noun ("for the Horn of Africa").</summary>
    private const int MaxRemitWords = 6;

    /// <summary>Most title words between the comma and the name ("the late President", "former Ambassador").</summary>
    private const int MaxTitleWords = 4;

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
                if ((OwnedOfficeBefore(m, sentence) ?? OwnedOfficeAfter(m, sentence) ?? OfficeToALeaderAfter(m, sentence)) is not var (owner, title)) continue;
                if (owner.EntityId is null || owner.EntityId == p.Id || !byId.TryGetValue(owner.EntityId, out var leader) || leader.Iso2 is null) continue;
                TakeOffice(p, m, leader.Iso2, title, "office owned by a named leader gives the leader's country");
                changed.Add(p);
                break;
            }
        }
        return changed;
    }

    /// <summary>An official placed by a phrase about the office: the person takes the country, the mention the office title.</summary>
    internal static void TakeOffice(PersonName p, Mention m, string iso2, string title, string rule)
    {
        p.Iso2 = iso2;
        if (m.Title is null || !m.TitleIsOffice) m.Title = title;
        m.TitleIsOffice = true;
        if (!p.Titles.Contains(m.Title, StringComparer.OrdinalIgnoreCase)) p.Titles.Add(m.Title);
        m.Rule += "; " + rule;
    }

    /// <summary>
    /// "Ruto's interior minister, X" / "Ruto's interior minister X": the owner and the office words before the name. The
    /// office may carry its remit ("the president's envoy for the Horn of Africa, X"), the name its own title words after
    /// the comma ("her predecessor, the late President X"), and the owner may be a possessive pronoun standing for the
    /// person named last before it ("she thanked her predecessor, X"): all are the same shape of an office owned by a person.
    /// </summary>
    private static (Mention Owner, string Title)? OwnedOfficeBefore(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var end = m.TokenStart - 1;
        // Title words of the name itself after an apposition comma: "..., the late President X", "..., Ambassador X".
        var titleStart = end;
        while (titleStart >= 0 && end - titleStart < MaxTitleWords &&
               (tokens[titleStart].IsWord && tokens[titleStart].IsCapitalized || tokens[titleStart].Lower is "the" or "late" or "former"))
            titleStart--;
        if (titleStart < end && titleStart >= 0 && tokens[titleStart].Text == ",") end = titleStart;
        if (end >= 0 && tokens[end].Text == ",") end--;
        if (end < 0) return null;
        if (!IsOfficeWord(tokens[end]) && RemitStart(tokens, end) is { } office) end = office;
        if (!IsOfficeWord(tokens[end])) return null;
        var from = end;
        while (from - 1 >= 0 && end - from + 1 < MaxOfficeWords && IsLowerWord(tokens[from - 1])) from--;
        var possessive = from - 1;
        if (possessive < 1) return null;
        if (tokens[possessive].Text is "'s" or "’s")
        {
            var owner = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o.TokenEnd == possessive);
            return owner is null ? null : (owner, Words(tokens, from, end));
        }
        if (tokens[possessive].Lower is not ("his" or "her")) return null;
        // "X signed with his predecessor, Y", "ran against her deputy": the one an act is done with or against is its other
        // party, whom the pronoun may tie to someone else of the story; "together with his aide" keeps the company.
        if (tokens[possessive - 1].Lower is "against" ||
            tokens[possessive - 1].Lower == "with" && !(possessive >= 2 && tokens[possessive - 2].Lower is "together" or "along")) return null;
        // The pronoun's owner is the person named last before it in the sentence, with no clause break between.
        var named = sentence.Where(o => o.Kind == MentionKind.Person && o != m && o.TokenEnd <= possessive).MaxBy(o => o.TokenEnd);
        if (named is null) return null;
        for (var k = named.TokenEnd; k < possessive; k++)
            if (tokens[k].Text is ";" or ":" or "." || tokens[k].Lower is "but" or "while" or "whose" or "that") return null;
        return (named, Words(tokens, from, end));
    }

    /// <summary>
    /// "envoy for the Middle East": the office noun whose remit ends at <paramref name="end"/>: the noun, a preposition of
    /// remit right after it, and at most a few words (any case, no punctuation) after that; null when there is none.
    /// </summary>
    private static int? RemitStart(List<Token> tokens, int end)
    {
        for (var k = end - 1; k >= 1 && end - k < MaxRemitWords; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (RemitPrepositions.Contains(tokens[k].Text) && IsOfficeWord(tokens[k - 1])) return k - 1;
        }
        return null;
    }

    /// <summary>"X, President Morales's chief negotiator," : the owner and the office words of an apposition after the name.</summary>
    private static (Mention Owner, string Title)? OwnedOfficeAfter(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        if (m.TokenEnd >= tokens.Count || tokens[m.TokenEnd].Text != ",") return null;
        if (OwnedByPronounAfter(m, sentence) is { } pronounOwned) return pronounOwned;
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

    /// <summary>
    /// "X, a special envoy of President Y, signed", "X, senior adviser to Prime Minister Y.": an apposition whose office
    /// words end in an aide's or envoy's noun and go on with "to" or "of" and the title and name of a leader, closing right
    /// after that name, makes the official the leader's man (pattern: the office of a named leader in the "to/of" form).
    /// The owner holding an office of an international body ("the UN Secretary-General Z") gives no country.
    /// </summary>
    private static (Mention Owner, string Title)? OfficeToALeaderAfter(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var k = m.TokenEnd;
        if (k >= tokens.Count || tokens[k].Text != ",") return null;
        k++;
        if (k < tokens.Count && tokens[k].Lower is "a" or "an" or "the") k++;
        var from = k;
        var end = -1;
        for (; k < tokens.Count && k - from < MaxOfficeWords && IsLowerWord(tokens[k]) && tokens[k].Lower is not ("to" or "of"); k++)
            if (IsOfficeWord(tokens[k])) end = k;
        if (end < 0 || end + 1 != k || k >= tokens.Count || tokens[k].Lower is not ("to" or "of")) return null;
        var owner = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o != m && !o.IsNominal && o.TokenStart > k && o.TokenStart <= k + 1 + MaxTitleWords);
        if (owner is null) return null;
        // Only the owner's title words stand between "to"/"of" and the name; the apposition closes right after the name.
        for (var j = k + 1; j < owner.TokenStart; j++)
            if (!(tokens[j].IsWord && tokens[j].IsCapitalized || tokens[j].Lower is "the" or "late")) return null;
        if (owner.TokenEnd < tokens.Count && tokens[owner.TokenEnd].Text is not ("," or "." or ";" or ")")) return null;
        if (owner.Title is not null && UnmarkedOfficials.IsBodyOffice(owner)) return null;
        return (owner, Words(tokens, from, end));
    }

    /// <summary>
    /// "A signed for Spain with B, his foreign minister": an office owned by a possessive pronoun in apposition after the
    /// name belongs to the person named last before that name, with no clause break between (the same shape as "his
    /// foreign minister, B", told the other way round). The office must end the apposition.
    /// </summary>
    private static (Mention Owner, string Title)? OwnedByPronounAfter(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var k = m.TokenEnd + 1;
        if (k >= tokens.Count || tokens[k].Lower is not ("his" or "her")) return null;
        var from = k + 1;
        var end = -1;
        for (var j = from; j < tokens.Count && j - from < MaxOfficeWords && IsLowerWord(tokens[j]); j++)
            if (IsOfficeWord(tokens[j])) end = j;
        if (end < 0 || end + 1 < tokens.Count && tokens[end + 1].IsWord && !(tokens[end + 1].Lower is "and" or "who")) return null;
        var named = sentence.Where(o => o.Kind == MentionKind.Person && o.EntityId is not null && o != m && o.TokenEnd <= m.TokenStart).MaxBy(o => o.TokenEnd);
        if (named is null) return null;
        for (var j = named.TokenEnd; j < m.TokenStart; j++)
            if (tokens[j].Text is ";" or ":" or "." || tokens[j].Lower is "but" or "while" or "whose" or "that" or "against") return null;
        return (named, Words(tokens, from, end));
    }

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized && t.Lower is not ("and" or "or" or "who" or "which" or "the" or "a" or "an" or "his" or "her" or "their" or "its");

    private static bool IsOfficeWord(Token t) => t.IsWord && !t.IsCapitalized && (AideOffices.Contains(t.Text) || Lexicon.OfficeNouns.Contains(t.Text));

    private static string Words(List<Token> tokens, int from, int to) => string.Join(' ', tokens.Skip(from).Take(to - from + 1).Select(t => t.Text));
}
