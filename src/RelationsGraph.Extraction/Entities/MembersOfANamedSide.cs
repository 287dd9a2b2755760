using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "On the Ruritanian side the talks were attended by A and B", "The Ruritanian delegation was made up of A, B and C",
/// "A and B sat on the Ruritanian side", "A joined the Ruritanian team": a side, delegation or team that the text names
/// by its country heads a list of people, and each unplaced member of that list serves that country (pattern: reporters
/// name the side once and list its people under it). The side is owned by a nationality ("the Ruritanian side") or a
/// country's possessive ("Ruritania's delegation"). A member is reached from the side through its list within one clause:
/// after a side told as the clause's opener ("On the X side"), after a side the clause's subject with a verb of being,
/// making up or being represented ("the X delegation was made up of", "the X side was represented by"), or before a side
/// the member is placed on or joins ("A, B on the X side", "A joined the X team", "A led the X delegation").
/// </summary>
internal static class MembersOfANamedSide
{
    /// <summary>Most tokens between a side phrase and a member of its list.</summary>
    private const int MaxReach = 40;

    /// <summary>Words that end the side's clause: a member is never read across them.</summary>
    private static readonly FrozenSet<string> ClauseBreaks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", ".", "(", ")", "?", "!", "while", "whereas", "but", "although", "though",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first word after a side told as subject that opens its membership ("was", "included", "consisted").</summary>
    private static readonly FrozenSet<string> MembershipOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "included", "includes", "including", "comprised", "comprising", "comprises", "consisted",
        "consisting", "consists", "made", "led", "headed", "represented", "under",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs by which a member, told before the side, joins or heads it ("joined the X team", "led the X delegation").</summary>
    private static readonly FrozenSet<string> JoiningVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "joined", "joins", "led", "leads", "headed", "heads",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsSideNoun(Token t) => t.Lower is "side" or "delegation" or "team" || IsRollNoun(t);

    /// <summary>
    /// The plural nouns of a treaty's signer roll ("The Ruritanian signatories were A, B and C", "The Ruritanian
    /// plenipotentiaries were A; B; and C"): a nationality's signers, told as the subject of a copula, are its people
    /// (pattern: retrospectives of old treaties list each side's signers under the side's nationality). The side's
    /// signatures ("The Ruritanian signatures were those of A and B") and its other plural agents told the same way
    /// ("Ruritania's negotiators were A and B", "the Ruritanian commissioners were A and B") name its people as well.
    /// </summary>
    private static bool IsRollNoun(Token t) => t.Lower is "signers" or "signatories" or "plenipotentiaries" or "signatures" or "negotiators" or
        "commissioners" or "envoys" or "delegates" or "representatives";

    /// <summary>Gives each unplaced member of a side named by its country that country; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var changed = new List<PersonName>();
        foreach (var p in people.Where(UnplacedOfficials.IsUnplaced))
            foreach (var m in p.Mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal))
            {
                var sentence = mentions[m.Sentence.Index];
                var iso = m.Sentence.Tokens.Any(IsSideNoun) ? SideBefore(m, sentence) ?? SideAfter(m, sentence) : null;
                iso ??= RollInApposition(m, sentence);
                iso ??= SideOfTheSentenceBefore(m, mentions);
                if (iso is null) continue;
                UnplacedOfficials.JoinToCountry(p, m, iso, "member of a side named by its country gives that country");
                changed.Add(p);
                break;
            }
        return changed;
    }

    /// <summary>
    /// The country owning the side noun at <paramref name="noun"/>: "the Ruritanian (technical) side", "Ruritania's delegation";
    /// null for a side no country owns ("both sides", "the rebel delegation"). Returns the index where the phrase starts.
    /// </summary>
    private static string? OwnerOf(int noun, IReadOnlyList<Mention> sentence, IReadOnlyList<Token> tokens, out int start)
    {
        start = noun;
        var k = noun - 1;
        // At most two lower-case modifiers between the owner and the noun ("technical", "cross-party", "high-level").
        while (k >= 0 && noun - k <= 2 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("the" or "a" or "its" or "their" or "his" or "her")) k--;
        if (k < 0) return null;
        if (tokens[k].Text is "'s" or "’s")
        {
            var owner = sentence.FirstOrDefault(o => o.Kind == MentionKind.Country && !o.IsDemonym && o.Iso2 is not null && o.TokenEnd == k);
            if (owner is null) return null;
            start = owner.TokenStart;
            return owner.Iso2;
        }
        // A nationality or a country's name as modifier: "the Ruritanian side", "a cross-party Ruritania delegation".
        var modifier = sentence.FirstOrDefault(o => o.Kind is MentionKind.Country or MentionKind.Place && (o.IsDemonym || o.Kind == MentionKind.Country) &&
                                                    o.Iso2 is not null && o.TokenEnd == k + 1);
        if (modifier is null) return null;
        // The side is the nationality's own after an article, across at most two lower-case modifiers.
        var a = modifier.TokenStart - 1;
        while (a >= 0 && modifier.TokenStart - a <= 2 && tokens[a].IsWord && !tokens[a].IsCapitalized && tokens[a].Lower is not ("the" or "a" or "an")) a--;
        if (a < 0 || tokens[a].Lower is not ("the" or "a" or "an")) return null;
        start = a;
        return modifier.Iso2;
    }

    /// <summary>
    /// "On the X side the talks were attended by ..., A", "The X delegation was made up of ..., A", "Taking part on the X side
    /// were ..., A": the nearest side phrase before the member within the clause, told as an opener or as the subject of a
    /// verb of membership.
    /// </summary>
    private static string? SideBefore(Mention member, IReadOnlyList<Mention> sentence)
    {
        var tokens = member.Sentence.Tokens;
        for (var i = member.TokenStart - 1; i >= 0 && member.TokenStart - i <= MaxReach; i--)
        {
            // A signer roll's items may be set off by semicolons, as titles follow each name ("A, the X; B, the Y; and C").
            if (ClauseBreaks.Contains(tokens[i].Text) && !(tokens[i].Text == ";" && RollBefore(tokens, i))) return null;
            if (!IsSideNoun(tokens[i])) continue;
            var iso = OwnerOf(i, sentence, tokens, out var start);
            if (iso is null) return null;
            // "on the X side", "for the X side": a locative or beneficiary opener heads what follows.
            if (start >= 1 && tokens[start - 1].Lower is "on" or "for") return iso;
            // "The X delegation was made up of", "The X side, represented by": the side as subject of its membership.
            var next = i + 1;
            if (next < tokens.Count && tokens[next].Text == ",") next++;
            if (next >= member.TokenStart) return null;
            // "a Ruritanian delegation led by A", "the Ruritanian delegation under A": a participle naming the side's head
            // belongs to the noun itself, wherever the side stands in the clause.
            if (tokens[next].Lower is "under" || tokens[next].Lower is "led" or "headed" && next + 1 < tokens.Count && tokens[next + 1].Lower == "by") return iso;
            return MembershipOpeners.Contains(tokens[next].Text) && OpensTheClause(start, tokens) ? iso : null;
        }
        return null;
    }

    /// <summary>A roll noun with its copula ("signatories were") before <paramref name="at"/> in the sentence, no other clause break between.</summary>
    private static bool RollBefore(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at - 1; k > 0; k--)
        {
            if (tokens[k].Text is ":" or "." or "(" or ")" || tokens[k].Lower is "while" or "whereas" or "but") return false;
            if (tokens[k].Lower is "were" && IsRollNoun(tokens[k - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// The words from the member to <paramref name="preposition"/> are an apposition of the member: a comma right after the
    /// name, then a few title words and no other person ("A, head of", "A, a spokesman for").
    /// </summary>
    private static bool InOwnApposition(Mention member, int preposition, IReadOnlyList<Mention> sentence)
    {
        var tokens = member.Sentence.Tokens;
        var comma = member.TokenEnd;
        if (tokens[comma].Text == "." && comma + 1 < tokens.Count) comma++;
        if (tokens[comma].Text != "," || preposition - comma > 5) return false;
        for (var k = comma + 1; k < preposition; k++)
            if (!tokens[k].IsWord || sentence.Any(o => o.Kind is MentionKind.Person or MentionKind.Country && o.TokenStart <= k && k < o.TokenEnd)) return false;
        return true;
    }

    /// <summary>The side phrase is the clause's subject: it starts the sentence or follows a comma or "and".</summary>
    private static bool OpensTheClause(int start, IReadOnlyList<Token> tokens) =>
        start == 0 || tokens[start - 1].Text is "," or ";" || tokens[start - 1].Lower == "and";

    /// <summary>
    /// "A and B, on the X side", "A joined the X team", "A, who led the X delegation": the nearest side phrase after the
    /// member within the clause, that the member is placed on ("on the X side") or joins or heads by a verb right before it.
    /// What the member reports is not their side ("A said the X side was ready").
    /// </summary>
    private static string? SideAfter(Mention member, IReadOnlyList<Mention> sentence)
    {
        var tokens = member.Sentence.Tokens;
        for (var i = member.TokenEnd; i < tokens.Count && i - member.TokenEnd <= MaxReach; i++)
        {
            // The full stop of a name's own abbreviation ("A Jr., the ...") ends no clause.
            if (i == member.TokenEnd && tokens[i].Text == "." && i + 1 < tokens.Count && tokens[i + 1].Text == ",") continue;
            if (ClauseBreaks.Contains(tokens[i].Text) || tokens[i].Lower is "that" or "with" || Lexicon.SpeechVerbs.Contains(tokens[i].Text)) return null;
            if (!IsSideNoun(tokens[i])) continue;
            var iso = OwnerOf(i, sentence, tokens, out var start);
            if (iso is null || start < 1) return null;
            if (tokens[start - 1].Lower == "on" || JoiningVerbs.Contains(tokens[start - 1].Text)) return iso;
            // "A, spokesman for the X delegation", "A, a member of the X team": the side in the member's own apposition.
            return tokens[start - 1].Lower is "of" or "for" && InOwnApposition(member, start - 1, sentence) ? iso : null;
        }
        return null;
    }

    /// <summary>Plural nouns of a side's agents that may head the roll of their names in apposition.</summary>
    private static readonly FrozenSet<string> AgentNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "commissioners", "plenipotentiaries", "delegates", "envoys", "representatives", "negotiators", "signatories", "signers",
        // A state's servants named by nationality and listed in apposition act for it as its agents do ("two Ruritanian
        // generals, A and B", "Ruritania's councillors, A and B"; pattern: histories name a side's soldiers, councillors or
        // diplomats by their nationality, then list them).
        "generals", "admirals", "marshals", "officers", "councillors", "counsellors", "ministers", "diplomats",
        "ambassadors", "emissaries", "statesmen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the Ruritanian commissioners, A and B, left ...", "by three Ruritanian commissioners: A, B and C", "the two Ruritanian
    /// representatives, A and B, sat ...": a nationality's plural agent noun followed by a comma or colon and a roll of bare
    /// names gives each name of the roll that country (pattern: the side's agents named once by nationality and listed in
    /// apposition). Between the noun and the member stand only names, commas and "and"; a nationality coordinated with
    /// another ("the Ruritanian and Vel envoys") leaves the roll unsorted.
    /// </summary>
    private static string? RollInApposition(Mention member, IReadOnlyList<Mention> sentence)
    {
        var tokens = member.Sentence.Tokens;
        var k = member.TokenStart - 1;
        while (k >= 0 && (tokens[k].Text == "," || tokens[k].Lower == "and" || sentence.Any(o => o.Kind == MentionKind.Person && !o.IsNominal && o.TokenStart <= k && k < o.TokenEnd)))
            k--;
        // The walk passes the comma after the noun and stops on the noun itself, or stops on the colon before the roll.
        var noun = k >= 1 && tokens[k].Text == ":" ? k - 1 : k;
        if (noun < 1 || noun + 1 >= member.TokenStart || !AgentNouns.Contains(tokens[noun].Text) || tokens[noun + 1].Text is not ("," or ":")) return null;
        if (PossessiveOwner(noun, sentence, tokens) is { } owner) return owner;
        var modifier = sentence.FirstOrDefault(o => o.Kind is MentionKind.Country or MentionKind.Place && (o.IsDemonym || o.Kind == MentionKind.Country) &&
                                                    o.Iso2 is not null && o.TokenEnd == noun);
        if (modifier is null || modifier.TokenStart < 1 || tokens[modifier.TokenStart - 1].Text is "," or "and" or "or" or "-") return null;
        return modifier.Iso2;
    }

    /// <summary>
    /// "Ruritania's two plenipotentiaries, A and B", "Ruritania's signature was that of its envoys, A and B": the agent noun
    /// owned by a country's possessive, or by "its" pointing back at one, across at most two lower-case words (a count,
    /// "chief"); the owner not itself one of a coordinated pair ("Vel and Ruritania's envoys") (pattern: a group of a
    /// country's envoys named by its owner, then listed in apposition).
    /// </summary>
    private static string? PossessiveOwner(int noun, IReadOnlyList<Mention> sentence, IReadOnlyList<Token> tokens)
    {
        var k = noun - 1;
        while (k >= 0 && noun - k <= 2 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "and" or "or") && !IsSendingVerb(tokens[k])) k--;
        // "Ruritania's delegation was made up of its two plenipotentiaries, A and B": "its" points back at the nearest
        // country's possessive before it in the clause (the clause's subject).
        if (k >= 0 && tokens[k].Lower == "its")
        {
            var back = sentence.Where(o => o.Kind == MentionKind.Country && !o.IsDemonym && o.Iso2 is not null && o.TokenEnd < k && tokens[o.TokenEnd].Text is "'s" or "’s")
                               .MaxBy(o => o.TokenStart);
            if (back is null || back.TokenStart > 0 && tokens[back.TokenStart - 1].Lower is not ("and" or ",") || k - back.TokenEnd > 8) return null;
            for (var b = back.TokenEnd; b < k; b++) if (tokens[b].Text is ";" or ":" || sentence.Any(o => o.Kind == MentionKind.Country && o.TokenStart == b)) return null;
            return back.Iso2;
        }
        // "Ruritania sent two senior councillors, A and B": a country told as the sender of the agents owns them (pattern: a
        // state sends, names or appoints its agents, then the text lists them in apposition).
        if (k >= 1 && IsSendingVerb(tokens[k]))
        {
            var sender = sentence.FirstOrDefault(o => o.Kind == MentionKind.Country && !o.IsDemonym && o.Iso2 is not null && o.TokenEnd == k);
            return sender is not null && OpensTheClause(sender.TokenStart, tokens) ? sender.Iso2 : null;
        }
        if (k < 1 || tokens[k].Text is not ("'s" or "’s")) return null;
        var owner = sentence.FirstOrDefault(o => o.Kind == MentionKind.Country && !o.IsDemonym && o.Iso2 is not null && o.TokenEnd == k);
        if (owner is null || owner.TokenStart >= 1 && tokens[owner.TokenStart - 1].Lower is "and" or "or" or ",") return null;
        return owner.Iso2;
    }

    private static bool IsSendingVerb(Token t) => t.Lower is "sent" or "named" or "appointed" or "dispatched" or "chose";

    /// <summary>
    /// "The Ruritanian delegation was led by A. Its other members were B and C", "... At his side sat B", "The Ruritanian
    /// team was strong. It was led by A and included B": a sentence that opens by pointing back at the side (or its head)
    /// just named as the subject of the sentence before goes on listing that side's people (pattern: histories name the
    /// side once, then list its members in the next sentence under "its", "it" or "beside him").
    /// </summary>
    private static string? SideOfTheSentenceBefore(Mention member, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var tokens = member.Sentence.Tokens;
        var index = member.Sentence.Index;
        if (index < 1 || mentions[index - 1].Count == 0 || !PointsBackToASide(tokens)) return null;
        for (var k = 0; k < member.TokenStart; k++)
            if (ClauseBreaks.Contains(tokens[k].Text) || k >= MaxReach) return null;
        var before = mentions[index - 1];
        var previous = before[0].Sentence.Tokens;
        if (before[0].Sentence.Index != index - 1) return null;
        // The side is the earlier sentence's subject: "The X delegation ...", its noun within the first few words.
        for (var i = 1; i < previous.Count && i <= 4; i++)
        {
            if (!IsSideNoun(previous[i])) continue;
            var iso = OwnerOf(i, before, previous, out var start);
            return start == 0 ? iso : null;
        }
        return null;
    }

    /// <summary>The sentence opens with a word pointing back at a side or its head: "Its", "It was", "At his side", "Beside him", "With him".</summary>
    private static bool PointsBackToASide(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 4) return false;
        string W(int i) => tokens[i].Lower;
        if (W(0) == "its" || W(0) == "it" && W(1) is "was" or "is" or "included" or "includes") return true;
        if (W(0) == "at" && W(1) is "his" or "her" && W(2) == "side") return true;
        return W(0) is "beside" or "with" or "alongside" && W(1) is "him" or "her" && W(2) is "sat" or "were" or "was" or "stood" or "came";
    }
}
