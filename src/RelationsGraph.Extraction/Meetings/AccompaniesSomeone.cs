using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "A and B accompanied the president", "C, who travelled with the prime minister, said ...", "D will accompany the visiting
/// leader", "E travelled with the presidential party": someone who goes in the company of a person or delegation the story
/// follows is where that one is, at the gathering under discussion (pattern: accompaniment told in the active voice, the
/// companion as subject; the passive "accompanied by" and the fronted "Travelling with X were" are read by InCompany).
/// True at the verb ("accompanied") or at "with" after a verb of travel. The object must be a person or a travelling party:
/// "the accompanying maps", "two accompanying nations" and "countries that accompany the talks" tell no company.
/// </summary>
internal static class AccompaniesSomeone
{
    public const string Note = "accompanies someone: the companion is where the one accompanied is";
    private const int SubjectReach = 25, ObjectReach = 4, NounReach = 9;

    private static readonly FrozenSet<string> AccompanyVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "accompanied", "accompanies", "accompany", "accompanying",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TravelVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "travelled", "traveled", "travels", "travelling", "traveling",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The company one travels in, told by a noun: "the delegation", "the presidential party". A leader the text does not
    // name ("the Chinese leader") is no one whose journey can be told apart.
    private static readonly FrozenSet<string> PartyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "party", "entourage", "retinue",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        var w = tokens[i].Lower;
        int objectFrom;
        if (AccompanyVerbs.Contains(w))
        {
            if (i + 1 < tokens.Count && tokens[i + 1].Lower == "by") return false; // the passive: InCompany
            // "the accompanying maps", "the two accompanying countries": the participle as an adjective.
            if (i > 0 && (tokens[i - 1].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" || char.IsDigit(tokens[i - 1].Text[0]) || NumberWord(tokens[i - 1].Lower))) return false;
            objectFrom = i + 1;
        }
        else if (w == "with" && i >= 2 && TravelVerbs.Contains(tokens[i - 1].Text)) objectFrom = i + 1;
        else return false;
        return AccompaniesFrom(tokens, i, objectFrom, mentions);
    }

    // The rest of the test, apart from its word test, which runs on every word: a lambda over the arguments made a closure on every call.
    private static bool AccompaniesFrom(List<Token> tokens, int i, int objectFrom, IReadOnlyList<Mention> mentions)
    {
        // "X, who travelled with the president, said ...": accompaniment told in a relative clause is background to the clause's
        // own event (a remark, another meeting); only a main clause tells the company as the news.
        for (var k = Math.Max(0, i - 4); k < i; k++)
            if (tokens[k].Lower is "who" or "whom") return false;
        // The companion: a person named before the verb in its clause.
        var companions = mentions.Where(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenEnd <= i && i - p.TokenEnd <= SubjectReach &&
                                             !tokens.Skip(p.TokenEnd).Take(i - p.TokenEnd).Any(t => t.Text is ";" or ":")).Select(p => p.EntityId).ToList();
        if (companions.Count == 0) return false;
        // The one accompanied: a person right after the verb, or a travelling party's noun. Nobody accompanies themself: an
        // object read as one of the companions is a leader the text has not told apart.
        if (mentions.Any(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart >= objectFrom && p.TokenStart - objectFrom < ObjectReach &&
                              companions.Contains(p.EntityId))) return false;
        var accompanied = mentions.Any(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart >= objectFrom && p.TokenStart - objectFrom < ObjectReach);
        for (var k = objectFrom; !accompanied && k < Math.Min(tokens.Count, objectFrom + ObjectReach + 1) && tokens[k].Text is not ("," or ";" or "."); k++)
            if (PartyNouns.Contains(tokens[k].Text)) accompanied = true;
        if (!accompanied) return false;
        // "accompanied the president to the summit": the gathering's own noun carries the people.
        for (var k = objectFrom; k < Math.Min(tokens.Count, objectFrom + NounReach) && tokens[k].Text is not ("," or ";"); k++)
            if (MeetingKinds.KindOf(tokens[k].Text, false) is not null) return false;
        return true;
    }

    /// <summary>
    /// The journey the companion shares: a visit, not recalled, of a person the reference names as accompanied. The one told
    /// in the sentence just before, in the same paragraph, when the accompaniment continues that scene ("Y received X at his
    /// residence. A and B accompanied the prime minister"), else the first one told, the journey the story is about; null
    /// leaves the reference to the gathering under discussion.
    /// </summary>
    public static Meeting? JourneyOf(IReadOnlyList<Meeting> meetings, MeetingMention m)
    {
        if (!m.Notes.Contains(Note) || m.ObjectIds.Count == 0) return null;
        Meeting? first = null;
        foreach (var x in meetings)
        {
            if (x.Kind != MeetingKinds.Visit || x.Recalled || !m.ObjectIds.Any(x.Participants.ContainsKey)) continue;
            first ??= x;
            if (x.Mentions.Any(y => y.Sentence.Index == m.Sentence.Index - 1 && y.Sentence.Paragraph == m.Sentence.Paragraph)) return x;
        }
        return first;
    }

    /// <summary>Whether an accompaniment verb, or "with" after a verb of travel, stands at <paramref name="i"/> (for the trace).</summary>
    public static bool VerbAt(List<Token> tokens, int i) =>
        AccompanyVerbs.Contains(tokens[i].Text) || tokens[i].Lower == "with" && i >= 2 && TravelVerbs.Contains(tokens[i - 1].Text);

    private static bool NumberWord(string w) => w is "two" or "three" or "four" or "five" or "six" or "several" or "both";
}
