using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Trump and the leaders of Egypt, Qatar and Turkey signed a declaration", "the foreign ministers of Greece and North
/// Macedonia signed an agreement", "Egypt, Sudan and Ethiopia leaders sign": the signers are named by office and country,
/// not by name (the pattern: an office-holder of each listed country signed). The finder records each (office, country)
/// pair; the graph builder gives it to the one person of the article holding that office for that country.
/// </summary>
internal static class SigningOffices
{
    /// <summary>Plural office words → what a title must contain to hold it ("head" = any head of state or government).</summary>
    private static readonly FrozenDictionary<string, string> Offices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["leaders"] = "head", ["presidents"] = "President", ["premiers"] = "head", ["heads"] = "head",
        ["ministers"] = "Minister", ["secretaries"] = "Secretary",
        // "Leaders and envoys of A and B signed", "the representatives of A and B signed": whoever a state sent signs for it.
        ["envoys"] = "Envoy", ["representatives"] = "Representative",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far before the verb the office word may stand: a list of a dozen states runs to some 40 words.</summary>
    private const int ListReach = 40;

    /// <summary>The (office, country id) pairs the subject of the signing verb at <paramref name="verb"/> names.</summary>
    public static IEnumerable<(string Office, string Country)> Before(List<Token> tokens, IReadOnlyList<Mention> mentions, int verb)
    {
        var countries = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenEnd <= verb && m.TokenStart >= verb - ListReach).ToList();
        // "the leaders of A, B and C signed": the office word, "of", then nothing but the list up to the verb.
        for (var k = verb - 2; k >= Math.Max(1, verb - ListReach); k--)
        {
            if (tokens[k].Lower != "of" || !Offices.TryGetValue(tokens[k - 1].Text, out var office)) continue;
            var listed = countries.Where(c => c.TokenStart > k).ToList();
            if (listed.Count > 0 && OnlyList(tokens, k + 1, verb, listed))
                return listed.Select(c => (Qualified(tokens, k - 1, office), c.EntityId!)).Distinct();
        }
        // "Egypt, Sudan and Ethiopia leaders sign": the list, then the office word right before the verb.
        if (verb >= 2 && Offices.TryGetValue(tokens[verb - 1].Text, out var after))
        {
            var listed = countries.Where(c => c.TokenEnd <= verb - 1).ToList();
            if (listed.Count > 0 && OnlyList(tokens, listed.Min(c => c.TokenStart), verb - 1, listed))
                return listed.Select(c => (Qualified(tokens, verb - 1, after), c.EntityId!)).Distinct();
        }
        return [];
    }

    /// <summary>"foreign ministers" is held by a "Foreign Minister": the word before a generic office narrows it.</summary>
    private static string Qualified(List<Token> tokens, int officeWord, string office) =>
        office is "Minister" or "Secretary" && officeWord > 0 && tokens[officeWord - 1].IsWord && tokens[officeWord - 1].Lower is not ("the" or "two" or "three" or "their")
            ? $"{char.ToUpperInvariant(tokens[officeWord - 1].Text[0])}{tokens[officeWord - 1].Text[1..]} {office}" : office;

    /// <summary>Between <paramref name="from"/> and <paramref name="to"/> only the listed countries, commas, "and", "the" and a closing "all" or "both".</summary>
    private static bool OnlyList(List<Token> tokens, int from, int to, List<Mention> listed)
    {
        for (var k = from; k < to; k++)
        {
            if (listed.Any(c => k >= c.TokenStart && k < c.TokenEnd)) continue;
            // "the leaders of A and B both signed", "... all signed up to the text": a quantifier may close the list.
            if (tokens[k].Text is not ("," or "and" or "the" or "all" or "both")) return false;
        }
        return true;
    }

    /// <summary>
    /// Gives each (office, country) pair to the one person of the article from that country whose titles (or known
    /// role) hold the office; a pair that fits nobody, or several people, names no signer.
    /// </summary>
    public static void Resolve(IReadOnlyList<Agreement> agreements, IReadOnlyList<PersonName> people, KnowledgeBase knowledge)
    {
        foreach (var agreement in agreements)
            foreach (var ((office, country), sentence) in agreement.SigningOffices)
            {
                var iso = country["country:".Length..];
                var holders = people.Where(p => string.Equals(p.Iso2, iso, StringComparison.OrdinalIgnoreCase) && Holds(TitlesOf(p, knowledge), office, knowledge)).Take(2).ToList();
                if (holders.Count == 1) agreement.Signatories.TryAdd(holders[0].Id, sentence);
            }
    }

    internal static IEnumerable<string> TitlesOf(PersonName person, KnowledgeBase knowledge) =>
        person.Titles.Concat(knowledge.Lookup(person.Display).Where(e => e.Kind == GazetteerKind.Person && e.Detail is not null).Select(e => e.Detail!));

    /// <summary>Whether one of the titles holds <paramref name="office"/>; "head" takes any head-of-state or government title ("Emir", "Prime Minister of Japan").</summary>
    internal static bool Holds(IEnumerable<string> titles, string office, KnowledgeBase knowledge) =>
        titles.Any(t => office == "head" ? IsHeadTitle(t, knowledge) : t.Contains(office, StringComparison.OrdinalIgnoreCase));

    private static bool IsHeadTitle(string title, KnowledgeBase knowledge)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 1; n <= Math.Min(3, words.Length); n++)
            if (knowledge.Lookup(string.Join(' ', words.Take(n))).Any(e => e.Kind == GazetteerKind.Title && e.Detail == "head")) return true;
        return false;
    }
}
