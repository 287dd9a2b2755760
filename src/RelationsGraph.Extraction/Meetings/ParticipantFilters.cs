using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Reasons a person named near a meeting reference is not one of its participants, read from
/// the words between them: a possessive of something else, another clause, a "by" agent that
/// the reference reserves for others, a speaker in an apposition.
/// </summary>
internal static class ParticipantFilters
{
    /// <summary>"conveyed Lee's wish for a summit": the possessor of a non-meeting noun is not there.</summary>
    public static bool IsPossessorOfOther(List<Token> tokens, Mention person, MeetingMention m)
    {
        var after = person.TokenEnd;
        if (after + 1 >= tokens.Count || tokens[after].Text is not ("'s" or "’s")) return false;
        if (after + 1 < m.TokenStart) return !OnlyModifiersBetween(tokens, after + 1, m.TokenStart);
        return after + 1 >= m.TokenEnd;
    }

    /// <summary>
    /// "X's previous visit to Athens", "Y's brief trip in 2001", "Z's 2017 visit", "W's own visit": the possessor of a meeting
    /// noun that a few modifiers (adjectives, a year, a count) stand before is the one who made it, like "X's visit"
    /// (pattern: a possessive determiner before a modified meeting noun). A preposition, determiner, verb or punctuation
    /// between them ("X's wish for a summit") still makes the possessed word something else.
    /// </summary>
    private static bool OnlyModifiersBetween(List<Token> tokens, int from, int to)
    {
        if (to - from > 3) return false;
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Text == "-") continue;
            if (!t.IsWord) return false;
            if (t.IsCapitalized || NotModifiers.Contains(t.Text) || OtherPossessedNouns.Contains(t.Text)) return false;
        }
        return true;
    }

    private static readonly FrozenSet<string> NotModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "and", "or", "but", "nor",
        "for", "of", "to", "with", "in", "on", "at", "by", "from", "about", "after", "before", "into", "over", "than",
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might",
        "said", "says", "who", "whom", "which", "whose", "not", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "X's invitation summit" never, but "X's peace proposal meeting": nouns that are the thing possessed, not a modifier.
    private static readonly FrozenSet<string> OtherPossessedNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "wish", "wishes", "proposal", "invitation", "plan", "plans", "offer", "request", "demand", "call", "idea", "hope", "bid",
        "government", "administration", "delegation", "team", "office", "ministry", "party", "country", "counterpart",
        "wife", "husband", "successor", "predecessor", "envoy", "son", "daughter",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "joined by A, B and C, who represented D": a name inside a relative clause about a listed attendee, still open when the
    /// name comes, is someone that clause speaks of, not one more attendee; the list resumes after the comma closing it
    /// ("A, who chairs the panel, B and C"). Pattern: a relative clause inside an attendee list.
    /// </summary>
    public static bool InRelativeClauseOfTheList(List<Token> tokens, int from, int person)
    {
        var open = false;
        for (var k = Math.Max(1, from); k < person; k++)
        {
            if (tokens[k].Lower is "who" or "whom" or "whose" or "which" && tokens[k - 1].Text == ",") open = true;
            else if (tokens[k].Text == ",") open = false;
        }
        return open;
    }

    /// <summary>"met X on Thursday and conveyed ...": a later coordinated verb starts a clause of its own.</summary>
    public static bool InAnotherClause(List<Token> tokens, Mention person, MeetingMention m)
    {
        int from, to;
        if (person.TokenStart >= m.TokenEnd) (from, to) = (m.TokenEnd, person.TokenStart);
        else if (person.TokenEnd <= m.TokenStart) (from, to) = (person.TokenEnd, m.TokenStart);
        else return false;
        for (var i = from; i + 1 < to; i++)
            if (tokens[i].Lower == "and" && IsFiniteVerb(tokens[i + 1])) return true;
        return false;
    }

    /// <summary>"a visit to Seoul by President X": only the people after "by" make that visit.</summary>
    public static int? AgentStart(List<Token> tokens, MeetingMention m)
    {
        if (m.Kind is not (MeetingKinds.Visit or MeetingKinds.Summit or MeetingKinds.Speech)) return null;
        if (m.TokenStart == 0 || tokens[m.TokenStart - 1].Lower is not ("a" or "an" or "the")) return null;
        for (var i = m.TokenEnd; i < Math.Min(tokens.Count, m.TokenEnd + 6); i++)
        {
            if (tokens[i].Text is "," or ";") return null;
            // "attended a summit hosted by X": the host is one participant among the guests, not the gathering's only agent.
            if (tokens[i].Lower == "by") return HostingVerbs.Contains(tokens[i - 1].Text) ? null : i + 1;
        }
        return null;
    }

    private static readonly FrozenSet<string> HostingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "hosted", "organised", "organized", "convened", "chaired" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"X, India's foreign secretary, told a briefing" / "X, told reporters": a speaker, not a participant.</summary>
    public static bool IsSpeakerInApposition(List<Token> tokens, Mention person, MeetingMention m)
    {
        if (person.TokenEnd > m.TokenStart) return false;
        var i = person.TokenEnd;
        if (i >= tokens.Count || tokens[i].Text != ",") return false;
        if (i + 1 < tokens.Count && IsSpeech(tokens[i + 1])) return true;
        for (var j = i + 1; j < Math.Min(m.TokenStart, i + 10); j++)
            if (tokens[j].Text == ",") return j + 1 < tokens.Count && IsSpeech(tokens[j + 1]);
        return false;
    }

    private static readonly FrozenSet<string> ServingNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "adviser", "advisor", "aide", "envoy", "spokesman", "spokeswoman", "spokesperson", "assistant", "representative", "emissary",
        // "chef de cabinet to X", "chief of staff to X": the head of someone's office.
        "cabinet", "staff",
        "wife", "husband", "spouse", "son", "daughter", "widow", "brother", "sister", "son-in-law", "predecessor", "successor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TitleFillers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "then", "former", "late", "'s", "’s", ".", "-" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "X, senior adviser to U.S. President Y, who ...", "Z, the wife of President W": a person named only as the one another
    /// person serves or is related to is described, not present (pattern: the object of a serving noun is no participant).
    /// </summary>
    public static bool IsServedByAnother(List<Token> tokens, Mention person)
    {
        var k = person.TokenStart - 1;
        // Skip the rest of the title phrase before the name: "to U.S. President", "of the late King".
        while (k >= 0 && person.TokenStart - k <= 7 && (tokens[k].IsCapitalized || TitleFillers.Contains(tokens[k].Text))) k--;
        if (k < 1 || tokens[k].Lower is not ("to" or "of" or "for")) return false;
        var noun = k - 1;
        // "adviser for Africa to President X", "envoy on the Sahel to President X": a remit between the noun and its "to".
        if (tokens[k].Lower == "to" && tokens[noun].IsCapitalized)
        {
            var r = noun;
            while (r >= 0 && k - r <= 5 && (tokens[r].IsCapitalized || tokens[r].Lower is "the" or "and")) r--;
            if (r >= 1 && tokens[r].Lower is "for" or "on") noun = r - 1;
        }
        // The noun is lower case: "Secretary of State X" is X's own title, "adviser to X" describes someone else.
        return !tokens[noun].IsCapitalized && ServingNouns.Contains(tokens[noun].Text);
    }

    /// <summary>Served by another (<see cref="IsServedByAnother"/>) or the principal of a group of agents (<see cref="PrincipalOfItsServants"/>).</summary>
    public static bool IsServedOrRepresented(List<Token> tokens, Mention person) => IsServedByAnother(tokens, person) || PrincipalOfItsServants.Is(tokens, person);

    /// <summary>
    /// "The meeting took place on the orders of Emir X and his heir Y", "greeted them on behalf of Queen Z": the people whose
    /// authority an act is done under, or in whose name, are not in the room (the pattern: the object of a noun of mandate
    /// names the principal, not the agent present).
    /// </summary>
    public static bool ActsUnderAnother(List<Token> tokens, Mention person)
    {
        // "the envoy signed for King X": the one signed for, like the one acted on behalf of (see SignedForAPrincipal).
        if (SignedForAPrincipal.Is(tokens, person)) return true;
        // Back over the names and titles of a coordinated list ("of King X and Crown Prince Y") to the preposition.
        var k = person.TokenStart - 1;
        while (k >= 0 && person.TokenStart - k <= 15 && (tokens[k].IsCapitalized || TitleFillers.Contains(tokens[k].Text) || NameParticles.Contains(tokens[k].Text) ||
                                                           tokens[k].Text is "and" or ",")) k--;
        return k >= 1 && tokens[k].Lower is "of" or "from" && MandateNouns.Contains(tokens[k - 1].Text);
    }

    /// <summary>
    /// "weeks after the assassination of Y", "the funeral of Queen W", "talks that stalled under former President Z": a person
    /// named as the one dead or mourned, honoured by a memorial ("the statue of X", "the monument to Y"), or as the ruler of a time
    /// gone by, is recalled, not in the room (pattern: the object of a noun of death or of a memorial, or a former ruler under whom
    /// something happened, is no participant of the gathering told). "The late X"
    /// alone is not enough: it mostly recalls what X did while alive ("a visit by the late X").
    /// </summary>
    public static bool IsGoneFromTheScene(List<Token> tokens, Mention person)
    {
        // Back over the title and the name's own words: "of King X", "under former President Y".
        var k = person.TokenStart - 1;
        while (k >= 0 && person.TokenStart - k <= 6 && (tokens[k].IsCapitalized || NameParticles.Contains(tokens[k].Text) || tokens[k].Text is "." or "-")) k--;
        if (k < 1) return false;
        if (tokens[k].Lower == "of" && EndNouns.Contains(tokens[k - 1].Text)) return true;
        // "laid a wreath at the statue of X", "the monument to Marshal Y", "the shrine of Imam Z": the one a memorial honours.
        if (tokens[k].Lower is "of" or "to" && MemorialNouns.Contains(tokens[k - 1].Text)) return true;
        return tokens[k].Lower == "former" && (tokens[k - 1].Lower == "under" || k >= 2 && tokens[k - 1].Lower == "the" && tokens[k - 2].Lower == "under");
    }

    private static readonly FrozenSet<string> MemorialNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "statue", "statues", "monument", "memorial", "tomb", "grave", "mausoleum", "bust", "shrine", "cenotaph" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> EndNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "assassination", "death", "killing", "murder", "funeral", "burial", "memory", "passing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "King Salman bin Abdulaziz", "Luiz Inacio da Silva": the lower-case particles inside a name.
    private static readonly FrozenSet<string> NameParticles = new HashSet<string>(StringComparer.Ordinal)
        { "bin", "bint", "ibn", "al", "el", "da", "de", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "le", "la" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MandateNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "behalf", "instructions", "instruction", "orders", "behest", "directive", "directives", "authority", "mandate" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsSpeech(Token t) => t.Lower is "said" or "told" or "says" or "added" or "noted";

    private static bool IsFiniteVerb(Token t) =>
        !t.IsCapitalized && t.IsWord && t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && !MeetingKinds.IsVerb(t.Text) ||
        t.Lower is "said" or "told" or "agreed" or "held" or "made" or "gave" or "took" or "left" or "sent";
}
