using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "President X was accompanied by Foreign Minister A, the trade minister, B, and C", "X's delegation included A and B",
/// "X arrived heading a delegation that included A", "A, who accompanied X, ...": a leader's travelling party is
/// made of that leader's own officials, so a member the text leaves unmarked serves the leader's country (the pattern:
/// reporters mark the leader and list the retinue under them). The list runs from the party word through names, titles
/// and appositions to the member, within one clause; the leader is the clause's person before the party word (or the
/// one owning the delegation, or, for "who accompanied", the person accompanied), and must already have a country.
/// </summary>
internal static class MembersOfATravellingParty
{
    /// <summary>Most tokens from the party word to a member of its list.</summary>
    private const int MaxListTokens = 45;

    /// <summary>Most tokens from the leader's name to the party word ("X landed at noon, accompanied by").</summary>
    private const int MaxLeaderGap = 12;

    /// <summary>Words that end the list's clause: what follows them is no longer the party.</summary>
    private static readonly FrozenSet<string> ClauseBreaks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "whom", "whose", "while", "but", "where", "when", "after", "before", "as", "said", "says", "told",
        "met", "meets", "held", "holds", "signed", "received", "welcomed", "greeted", "hosted", "than", "against", "whereas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a delegation noun that open its membership ("a delegation that included", "delegation comprising").</summary>
    private static readonly FrozenSet<string> MembershipWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "included", "including", "includes", "include", "comprising", "comprised", "comprises",
        // "sent a delegation led by A, his foreign minister, and B": the head and members of the sender's party.
        "led", "headed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsPartyNoun(Token t) => t.Lower is "delegation" or "entourage" or "retinue";

    /// <summary>Gives each unplaced member of a leader's travelling party the leader's country; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var changed = new List<PersonName>();
        Dictionary<string, PersonName>? byId = null;
        foreach (var p in people.Where(UnplacedOfficials.IsUnplaced))
            foreach (var m in p.Mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal))
            {
                var sentence = mentions[m.Sentence.Index];
                var leader = LeaderOfTheListBefore(m, sentence, mentions) ?? LeaderAccompanied(m, sentence);
                if (leader is null || leader.EntityId == p.Id) continue;
                byId ??= people.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First());
                var iso = leader.EntityId is not null && byId.TryGetValue(leader.EntityId, out var lp) ? lp.Iso2 : null;
                iso ??= leader.Kind == MentionKind.Person ? null : leader.Iso2;
                if (iso is null) continue;
                UnplacedOfficials.JoinToCountry(p, m, iso, "member of a leader's travelling party gives the leader's country");
                changed.Add(p);
                break;
            }
        return changed;
    }

    /// <summary>
    /// "X was accompanied by ..., A" / "X's delegation included ..., A": the party word before the member, reached through
    /// the list, and the leader the party belongs to (a person, or a country or demonym owning the delegation).
    /// </summary>
    private static Mention? LeaderOfTheListBefore(Mention member, IReadOnlyList<Mention> sentence, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var tokens = member.Sentence.Tokens;
        for (var i = member.TokenStart - 1; i >= 0 && member.TokenStart - i <= MaxListTokens; i--)
        {
            var t = tokens[i];
            if (t.Text == ":" && AccompaniedByACountedParty(tokens, i) is { } verb) return SubjectBefore(verb, member, sentence);
            if (t.Text is ";" or ":" or "." or "(" or ")" or "?" or "!" || ClauseBreaks.Contains(t.Text) && !OpensTheMembership(tokens, i)) return null;
            if (t.Lower == "accompanied" && ByAfterAccompanied(tokens, i, member.TokenStart) >= 0)
                return SubjectBefore(i, member, sentence) ?? PronounSubjectsReferent(i, member, sentence, mentions);
            if (!IsPartyNoun(t)) continue;
            // The delegation's membership must be opened right after the noun ("delegation included", "that included").
            var opened = false;
            for (var k = i + 1; k < member.TokenStart && k - i <= 3; k++)
                if (MembershipWords.Contains(tokens[k].Text)) { opened = true; break; }
            if (!opened) return null;
            return OwnerOfTheDelegation(i, sentence) ?? SubjectBefore(i, member, sentence) ?? PronounSubjectsReferent(i, member, sentence, mentions);
        }
        return null;
    }

    /// <summary>
    /// "a delegation, which includes A and B": the relative clause that opens a party noun's membership belongs to the
    /// list rather than ending it (pattern: wire copy's "heading a delegation which includes the foreign minister, ...").
    /// </summary>
    private static bool OpensTheMembership(IReadOnlyList<Token> tokens, int relative)
    {
        if (tokens[relative].Lower != "which" || relative + 1 >= tokens.Count || !MembershipWords.Contains(tokens[relative + 1].Text)) return false;
        var noun = relative - 1;
        if (noun >= 0 && tokens[noun].Text == ",") noun--;
        return noun >= 0 && IsPartyNoun(tokens[noun]);
    }

    /// <summary>Most lower-case words between "accompanied" and its "by" ("accompanied on the trip by").</summary>
    private const int MaxWordsBeforeBy = 4;

    /// <summary>
    /// "accompanied by", "accompanied on the trip by", "accompanied on this visit by": the index of the "by" that opens the
    /// party after <paramref name="verb"/>, through lower-case words only, before <paramref name="limit"/>; -1 if none.
    /// </summary>
    private static int ByAfterAccompanied(IReadOnlyList<Token> tokens, int verb, int limit)
    {
        for (var k = verb + 1; k < limit && k - verb <= MaxWordsBeforeBy + 1; k++)
        {
            if (tokens[k].Lower == "by") return k;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return -1;
        }
        return -1;
    }

    /// <summary>
    /// "X, accompanied on this tour by two cabinet members: A, the farm minister, and B": a colon closing "by" and a counted
    /// or plural noun of officials ("by three ministers:", "by senior aides:") opens the party's list rather than ending
    /// the clause (pattern: news counts the retinue, then names it after a colon). Returns the index of "accompanied".
    /// </summary>
    private static int? AccompaniedByACountedParty(IReadOnlyList<Token> tokens, int colon)
    {
        var k = colon - 1;
        while (k >= 0 && colon - k <= 3 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower != "by") k--;
        if (k < 0 || k == colon - 1 || tokens[k].Lower != "by") return null;
        for (var v = k - 1; v >= 0 && k - v <= MaxWordsBeforeBy + 1; v--)
        {
            if (tokens[v].Lower == "accompanied") return v;
            if (!tokens[v].IsWord || tokens[v].IsCapitalized) return null;
        }
        return null;
    }

    /// <summary>"Moon's delegation", "the Egyptian delegation", "a Ruritanian high-level delegation": who owns the noun at <paramref name="noun"/>.</summary>
    private static Mention? OwnerOfTheDelegation(int noun, IReadOnlyList<Mention> sentence)
    {
        var tokens = sentence.Count > 0 ? sentence[0].Sentence.Tokens : null;
        if (tokens is null) return null;
        var k = noun - 1;
        while (k >= 0 && noun - k <= 3 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("a" or "the" or "his" or "her" or "their")) k--;
        if (k < 0) return null;
        if (tokens[k].Text is "'s" or "’s")
            return sentence.FirstOrDefault(o => o.Kind is MentionKind.Person or MentionKind.Country && o.TokenEnd == k);
        return sentence.FirstOrDefault(o => o.Kind is MentionKind.Country or MentionKind.Place && o.IsDemonym && o.Iso2 is not null && o.TokenEnd == k + 1);
    }

    /// <summary>
    /// The leader of the clause: the person named last before the party word, with no clause break between and no other
    /// person, within a short reach ("X landed at noon, accompanied by").
    /// </summary>
    private static Mention? SubjectBefore(int partyWord, Mention member, IReadOnlyList<Mention> sentence)
    {
        var tokens = member.Sentence.Tokens;
        var leader = sentence.Where(o => o.Kind == MentionKind.Person && o != member && o.TokenEnd <= partyWord).MaxBy(o => o.TokenEnd);
        if (leader is null || partyWord - leader.TokenEnd > MaxLeaderGap) return null;
        for (var k = leader.TokenEnd; k < partyWord; k++)
            if (tokens[k].Text is ";" or ":" or "." || ClauseBreaks.Contains(tokens[k].Text) && tokens[k].Lower is not ("as" or "after" or "when")) return null;
        return leader;
    }

    /// <summary>
    /// "Soler arrived in Lima on Monday. She was accompanied by Foreign Minister A and the trade minister, B.", "This time she
    /// brought a larger delegation, including ...": a retinue told of a "he"/"she" subject belongs to the one the pronoun
    /// stands for, the first person named in the sentence the chain of such pronoun sentences starts from (pattern: news
    /// names the leader once, then lists the party under a pronoun). Only when the sentence names no person before the party
    /// word and the pronoun stands within the leader's reach of it, in the same clause.
    /// </summary>
    private static Mention? PronounSubjectsReferent(int partyWord, Mention member, IReadOnlyList<Mention> sentence, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var tokens = member.Sentence.Tokens;
        if (member.Sentence.Index == 0 || sentence.Any(o => o.Kind == MentionKind.Person && o.TokenStart < partyWord)) return null;
        var pronoun = partyWord - 1;
        while (pronoun >= 0 && partyWord - pronoun <= MaxLeaderGap && tokens[pronoun].Lower is not ("he" or "she")) pronoun--;
        if (pronoun < 0 || partyWord - pronoun > MaxLeaderGap) return null;
        for (var k = pronoun + 1; k < partyWord; k++)
            if (tokens[k].Text is ";" or ":" or "." || ClauseBreaks.Contains(tokens[k].Text) && tokens[k].Lower is not ("as" or "after" or "when")) return null;
        var before = OfficialOfTheLastNamed.PronounChainStart(member.Sentence.Index - 1, tokens[pronoun].Lower, mentions);
        return before.FirstOrDefault(o => o.Kind == MentionKind.Person && !o.IsNominal);
    }

    /// <summary>
    /// "A, who accompanied X, ...", "A and senior officials are accompanying the President": the member before the verb of
    /// accompanying, the leader its object right after it; a co-member may stand between ("A and B accompanied X").
    /// </summary>
    private static Mention? LeaderAccompanied(Mention member, IReadOnlyList<Mention> sentence)
    {
        var tokens = member.Sentence.Tokens;
        for (var v = member.TokenEnd; v < tokens.Count && v - member.TokenEnd <= 6; v++)
        {
            if (tokens[v].Text is ";" or ":" or ".") return null;
            // Another person may share the act only as a co-member ("A and B accompanied X").
            if (sentence.Any(o => o.Kind == MentionKind.Person && o != member && o.TokenStart == v) && tokens[member.TokenEnd].Lower is not ("and" or ",")) return null;
            if (tokens[v].Lower is not ("accompanied" or "accompanying" or "accompanies" or "accompany")) continue;
            if (v + 1 < tokens.Count && tokens[v + 1].Lower == "by") return null;
            // The leader follows at once, or after its own title words ("accompanied Norwegian Prime Minister X").
            var leader = sentence.Where(o => o.Kind == MentionKind.Person && o.TokenStart > v && o.TokenStart <= v + 6).MinBy(o => o.TokenStart);
            if (leader is null) return null;
            for (var k = v + 1; k < leader.TokenStart; k++)
                if (!(tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Lower is "the" or "his" or "her")) return null;
            return leader;
        }
        return null;
    }
}
