using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Ruritania and Osterlich, the two other members, signed through their ambassadors", "A and B signed for their
/// governments, as did the delegations of Ruritania and Osterlich", "delegations of forty states signed the pact, among
/// them Ruritania, Osterlich and Freedonia": states told as signing, whether as the subject of a bare signing verb or listed
/// as the delegations or members who signed beside the people named, are sides of the document signed (the pattern: of a
/// grouping's document signed by many, a story names the member states that signed in a sentence of their own, often
/// without repeating the document). The document is the one the sentence names, else the one told last (a bare verb).
/// A denied verb ("A and B did not sign") names none.
/// </summary>
internal static class CountriesThatSigned
{
    /// <summary>Words between a subject and its verb: "A and B also signed", "A and B had signed".</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "also", "then", "later", "had", "have", "formally", "jointly", "finally", "subsequently", "duly", "both", "each", "too" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Denials = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "not", "never", "n't", "neither", "nor", "none", "without", "refused", "declined" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for the people a state sends: "the delegations of A and B", "the representatives of A and B".</summary>
    private static readonly FrozenSet<string> EnvoyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "representatives", "delegations", "delegates", "envoys", "ambassadors", "emissaries" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns for states or their delegations, whose members "among them" lists: "delegations from 40 countries".</summary>
    private static readonly FrozenSet<string> StateNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "countries", "states", "nations", "governments", "delegations", "members" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words a comma-set description of the subject may have: "A and B, the other two core members,".</summary>
    private const int ApposReach = 8;

    /// <summary>
    /// The countries the sentence tells as signing: <c>Subject</c>, the subject of a bare verb (only when
    /// <paramref name="subjectToo"/>, a sentence naming no document), and <c>Listed</c>, those listed beside the signers.
    /// </summary>
    public static (List<string> Subject, List<string> Listed) In(List<Token> tokens, IReadOnlyList<Mention> mentions, bool subjectToo)
    {
        var found = new List<string>();
        var subject = new List<string>();
        if (!SigningVerb.AnyIn(tokens)) return (subject, found);
        var countries = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null).OrderBy(m => m.TokenStart).ToList();
        if (countries.Count == 0) return (subject, found);
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!SigningVerb.IsAt(tokens, v) || Denied(tokens, v) || SignedAsWitness.At(tokens, v)) continue;
            // "A, B and C sign to revive the line": a headline's present looks ahead to a document told after it, not the one before.
            if (subjectToo && tokens[v].Lower is not ("sign" or "signs")) subject.AddRange(SubjectList(tokens, countries, v));
            var after = SigningVerb.ObjectStart(tokens, v);
            for (var k = after; k < tokens.Count - 2; k++)
            {
                if (tokens[k].Text is ";" or ".") break;
                // "along with the representatives of A and B", "as did the delegations of A and B"
                if (EnvoyNouns.Contains(tokens[k].Text) && tokens[k + 1].Lower is "of" or "from")
                    found.AddRange(ListFrom(tokens, countries, k + 2));
                // "delegations from 40 countries put their names to it, among them A, B and C"
                if (tokens[k].Lower is "among" && tokens[k + 1].Lower == "them" && StatesBefore(tokens, v))
                    found.AddRange(ListFrom(tokens, countries, k + 2));
            }
        }
        return (subject.Distinct().ToList(), found.Distinct().ToList());
    }

    /// <summary>"A, B and C signed": a list of countries that opens the sentence and ends right before the verb.</summary>
    private static IEnumerable<string> SubjectList(List<Token> tokens, IReadOnlyList<Mention> countries, int verb)
    {
        var end = verb;
        while (end > 0 && BeforeTheVerb.Contains(tokens[end - 1].Text)) end--;
        // "A and B, the other two core members, signed": a description set off by commas.
        if (end > 0 && tokens[end - 1].Text == ",")
        {
            var open = -1;
            for (var k = end - 2; k >= 0 && k >= end - 1 - ApposReach; k--)
                if (tokens[k].Text == ",") { open = k; break; }
            if (open > 0 && tokens[open + 1].Lower is "the" or "both" or "all" or "its" or "their" && countries.Any(c => c.TokenEnd == open)) end = open;
        }
        var list = ListFrom(tokens, countries, 0);
        if (list.Count == 0) return [];
        var last = countries.Where(c => list.Contains(c.EntityId!)).Max(c => c.TokenEnd);
        return last == end ? list : [];
    }

    /// <summary>The countries of a list opening at <paramref name="start"/>: names joined by commas and "and", each with an optional "the".</summary>
    private static List<string> ListFrom(List<Token> tokens, IReadOnlyList<Mention> countries, int start)
    {
        var list = new List<string>();
        var k = start;
        while (true)
        {
            var at = k;
            var country = countries.FirstOrDefault(c => c.TokenStart == at)
                          ?? (at < tokens.Count && tokens[at].Lower == "the" ? countries.FirstOrDefault(c => c.TokenStart == at + 1) : null);
            if (country is null) break;
            list.Add(country.EntityId!);
            k = country.TokenEnd;
            if (k < tokens.Count && tokens[k].Text == ",") k++;
            if (k < tokens.Count && tokens[k].Lower == "and") k++;
            if (k == country.TokenEnd) break;
        }
        return list;
    }

    /// <summary>Whether the verb's clause names states or delegations as a plural before it ("delegations from 40 countries").</summary>
    private static bool StatesBefore(List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && tokens[k].Text is not (";" or ":"); k--)
            if (StateNouns.Contains(tokens[k].Text)) return true;
        return false;
    }

    private static bool Denied(List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
            if (Denials.Contains(tokens[k].Text)) return true;
        return false;
    }
}
