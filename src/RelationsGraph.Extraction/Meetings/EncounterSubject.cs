using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X arrived in the capital on Friday and held talks with Y", "X told Y in a telephone call that ...", "X flew on to Z,
/// where he held talks with Y": talks or a call have two sides, and when only the counterpart after the reference ("with Y",
/// the one told) is read, the other side is the subject of the clause whose verb governs the reference, however far back it
/// stands (pattern: the subject of a light verb, or of a clause the encounter is a circumstance of, is one of its sides).
/// The governing word is the reference's own verb ("met"), a light verb ("held talks"), or a preposition ("in a call", "for
/// talks"). The subject is the nearest person before it other than the counterpart, at the head of its clause (after titles,
/// a comma, "and" or a clause word), not a possessor; a subject pronoun ("he", "she") between them continues that person.
/// No speech verb (but "told" the counterpart), relative or time clause, or quotation stands between subject and verb.
/// </summary>
internal static class EncounterSubject
{
    public const string Note = "subject of the clause: the other side of an encounter whose counterpart alone is named";

    /// <summary>How far before the reference the subject may stand.</summary>
    private const int Reach = 40;

    /// <summary>Verbs whose object names the encounter the subject takes part in ("held talks", "paid a visit", "made a call").</summary>
    private static readonly FrozenSet<string> LightVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducts", "conducted", "began", "begin", "begins",
        "opened", "concluded", "pay", "pays", "paid", "paying", "make", "makes", "made", "making", "start", "started", "resumed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that make the encounter a circumstance of the clause ("in a call", "for talks", "during a meeting").</summary>
    private static readonly FrozenSet<string> Circumstances = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "in", "during", "for", "at", "over" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open another clause between the subject and the reference: the reference is that clause's.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "where", "when", "while", "whereas", "after", "before", "since", "as", "because", "if",
        "until", "although", "though", "once", "but",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Modifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "his", "her", "their", "its", "further", "more", "fresh", "new", "direct", "separate", "private", "bilateral",
        "formal", "informal", "official", "brief", "lengthy", "long", "short", "closed-door", "one-on-one", "two", "three", "several", "hours", "days", "round", "rounds", "of",
        "telephone", "phone", "video", "state", "working", "first",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The clause's subject to add as the encounter's other side, or null.</summary>
    public static Mention? Of(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> people, int[] segments)
    {
        if (m.Kind is not (MeetingKinds.Talks or MeetingKinds.PhoneCall) || m.TimeAnchor || m.Attendance || m.Signing || m.AddressesAudience) return null;
        if (m.Participants.Count == 0 || m.Absent.Count > 0 || m.Participants.Keys.Any(id => !m.ObjectIds.Contains(id))) return null;
        var verb = GoverningWord(tokens, m);
        if (verb < 0) return null;
        var objects = people.Where(p => m.ObjectIds.Contains(p.EntityId!)).ToList();
        // Back from the verb to the nearest person who is not the counterpart: the subject, if anyone.
        Mention? subject = null;
        foreach (var p in people)
            if (p.TokenEnd <= verb && !m.ObjectIds.Contains(p.EntityId!) && segments[p.TokenStart] == segments[m.TokenStart]) subject = p;
        if (subject is null || verb - subject.TokenEnd > Reach) return null;
        if (!AtClauseHead(tokens, subject)) return null;
        var after = subject.TokenEnd;
        if (after >= tokens.Count || tokens[after].Text is "'s" or "’s") return null;
        // Followed by its verb, or by an apposition or relative clause set off by a comma.
        if (!(tokens[after].IsWord && !tokens[after].IsCapitalized || tokens[after].Text == ",")) return null;
        // "X arrived from Z, where he held talks with Y", "X said he would hold talks with Y": a subject pronoun of a later clause
        // with no one named between is X again, and the reference is that clause's.
        var from = after;
        for (var k = verb - 1; k >= after; k--)
            if (tokens[k].Lower is "he" or "she")
            {
                for (var j = after; j < k; j++)
                    if (tokens[j].Text is ";" or ":" or "\"" or "“" or "”" or "(") return null;
                from = k + 1;
                break;
            }
        for (var k = from; k < verb; k++)
        {
            var t = tokens[k];
            if (t.Text is ";" or ":" or "\"" or "“" or "”" or "(") return null;
            // An unresolved subject pronoun or another clause between them: the verb is that clause's.
            if (t.Lower is "he" or "she" or "they" or "we" or "i" or "it") return null;
            if (ClauseOpeners.Contains(t.Text) && !(k == after + 1 && tokens[after].Text == "," && t.Lower is "who")) return null;
            if (Lexicon.SpeechVerbs.Contains(t.Text) && !TellsTheCounterpart(tokens, k, objects)) return null;
        }
        return subject;
    }

    /// <summary>Where the verb that governs the reference stands: the reference itself ("met"), the light verb of its
    /// object ("held talks"), or the reference when it is a circumstance ("in a call", "for talks"); -1 otherwise.</summary>
    private static int GoverningWord(List<Token> tokens, MeetingMention m)
    {
        if (m.TokenEnd - m.TokenStart == 1 && MeetingKinds.IsVerb(tokens[m.TokenStart].Text)) return m.TokenStart;
        var k = m.TokenStart - 1;
        while (k >= 0 && m.TokenStart - k <= 6 && Modifiers.Contains(tokens[k].Text)) k--;
        if (k < 0) return -1;
        if (LightVerbs.Contains(tokens[k].Text) || Circumstances.Contains(tokens[k].Text)) return k;
        return -1;
    }

    /// <summary>A subject pronoun read as a person, or a name opening its clause: at the sentence's start (after titles), or after a
    /// comma, "and", or a clause word.</summary>
    private static bool AtClauseHead(List<Token> tokens, Mention subject)
    {
        if (subject.TokenEnd - subject.TokenStart == 1 && tokens[subject.TokenStart].Lower is "he" or "she") return true;
        var k = subject.TokenStart - 1;
        while (k >= 0 && (tokens[k].IsCapitalized || tokens[k].Text is "'s" or "’s" || tokens[k].Lower is "the" or "then" or "former" ||
                          Lexicon.PersonNouns.Contains(tokens[k].Text) || tokens[k].Lower is "foreign" or "prime" or "vice" or "deputy" or "crown" or "defence" or "defense"))
            k--;
        return k < 0 || tokens[k].Text == "," || tokens[k].Lower is "and" or "where" or "when" or "while" or "then";
    }

    /// <summary>"X told Y in a telephone call": the one told is the counterpart of the call.</summary>
    private static bool TellsTheCounterpart(List<Token> tokens, int verb, List<Mention> objects)
    {
        if (tokens[verb].Lower is not ("told" or "tells" or "assured" or "informed")) return false;
        for (var k = verb + 1; k < tokens.Count && k - verb <= 5; k++)
            if (objects.Any(p => p.TokenStart == k)) return true;
        return false;
    }
}
