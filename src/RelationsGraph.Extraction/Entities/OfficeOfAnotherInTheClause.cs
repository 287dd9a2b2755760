namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X telephoned the President", "X was received by the Chancellor", "former President X called the President": a bare
/// office ("the President") is not the person named earlier in its own sentence, nor one who holds that office only as a
/// former holder (pattern: news names the actor and then the other party by office alone; the office in the same clause
/// is someone else, the one who holds it now). Kept: the office set beside the name as its apposition ("X, the President,").
/// </summary>
internal static class OfficeOfAnotherInTheClause
{
    /// <summary>Whether <paramref name="holder"/> cannot be the one the nominal office <paramref name="nominal"/> means.</summary>
    public static bool Excludes(PersonName holder, Mention nominal, IReadOnlyList<PersonName> people) =>
        NamedBeforeInTheSentence(holder, nominal) && !NameInAppositionAfter(nominal, people) || HeldOnlyFormerly(holder, nominal.Title);

    /// <summary>"met the President of the Council, Ms Y": the office is followed by its holder's name after a comma, so
    /// the name decides, not this rule.</summary>
    private static bool NameInAppositionAfter(Mention nominal, IReadOnlyList<PersonName> people)
    {
        var tokens = nominal.Sentence.Tokens;
        var k = nominal.TokenEnd;
        while (k < tokens.Count && k < nominal.TokenEnd + 8 && (tokens[k].Lower is "of" or "the" || tokens[k].IsCapitalized && tokens[k].IsWord)) k++;
        if (k >= tokens.Count || tokens[k].Text != ",") return false;
        return people.Any(p => p.Mentions.Any(m => !m.IsNominal && m.Sentence.Index == nominal.Sentence.Index && m.TokenStart > k && m.TokenStart <= k + 3));
    }

    /// <summary>Verbs and prepositions whose object is the other party of an encounter or a call ("telephoned the President",
    /// "received by the Chancellor", "spoke with the premier", "called on the King").</summary>
    private static readonly HashSet<string> OtherPartyBefore = new(StringComparer.Ordinal)
    {
        "telephoned", "phoned", "rang", "called", "calling", "met", "meets", "meet", "meeting", "received", "receive", "visited",
        "visit", "briefed", "by", "with", "on", "to",
    };

    /// <summary>The holder is named earlier in the nominal's sentence, and the nominal is the object of a verb or preposition of
    /// an encounter ("X telephoned the President"); "X, the President," or "X, attending as the leader" stay the same person.</summary>
    private static bool NamedBeforeInTheSentence(PersonName holder, Mention nominal)
    {
        var tokens = nominal.Sentence.Tokens;
        if (nominal.Title == "leader" || nominal.TokenStart == 0 || !OtherPartyBefore.Contains(tokens[nominal.TokenStart - 1].Lower)) return false;
        // "spoke by phone with", "called on": the preposition counts only after a verb of an encounter or call.
        if (tokens[nominal.TokenStart - 1].Lower is "by" or "with" or "on" or "to" &&
            !tokens.Take(nominal.TokenStart - 1).Skip(Math.Max(0, nominal.TokenStart - 5)).Any(t => EncounterVerbs.Contains(t.Lower)))
            return false;
        foreach (var m in holder.Mentions)
            if (!m.IsNominal && m.Sentence.Index == nominal.Sentence.Index && m.TokenEnd < nominal.TokenStart) return true;
        return false;
    }

    private static readonly HashSet<string> EncounterVerbs = new(StringComparer.Ordinal)
    {
        "received", "spoke", "spoken", "talked", "met", "called", "phone", "telephone", "telephoned", "phoned", "talks", "meeting",
        "call", "conversation", "welcomed", "hosted", "sat", "lunched", "dined", "paid", "introduced", "presented", "sent", "wrote",
    };

    /// <summary>Every mention giving the holder this office says "former" just before it ("former President X").</summary>
    private static bool HeldOnlyFormerly(PersonName holder, string? title)
    {
        if (title is null) return false;
        var titled = holder.Mentions.Where(m => !m.IsNominal && m.TitleIsOffice && string.Equals(m.Title, title, StringComparison.OrdinalIgnoreCase)).ToList();
        return titled.Count > 0 && titled.All(Former);
    }

    private static bool Former(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = Math.Max(0, m.TokenStart - 3); k < Math.Min(m.TokenEnd, m.TokenStart + 2); k++)
            if (tokens[k].Lower is "former" or "ex-president") return true;
        return false;
    }
}
