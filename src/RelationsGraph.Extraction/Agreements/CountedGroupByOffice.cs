using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two presidents signed the accord" or "the two heads of state released a joint statement" at a meeting of the two
/// presidents and their ministers: a counted group whose head names an office stands for those of the meeting's people
/// who hold it (the pattern: a group word names people by office; "leaders", "heads of state", "the two men" name the
/// principals, the heads of state or government). Read only when exactly as many of the meeting's people hold the office
/// as the group counts; otherwise the group names nobody surely.
/// </summary>
internal static class CountedGroupByOffice
{
    /// <summary>Group heads → the office a title must hold ("head" = any head of state or government, see <see cref="SigningOffices"/>).</summary>
    private static readonly FrozenDictionary<string, string> Offices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["leaders"] = "head", ["heads"] = "head", ["premiers"] = "head", ["men"] = "head", ["women"] = "head",
        ["presidents"] = "President", ["ministers"] = "Minister",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The counted group of the sentence read as an office: "the two presidents" → (2, "President"), "both foreign ministers"
    /// → (2, "Foreign Minister"), "the two heads of state" → (2, "head"); null when the sentence counts no such group.
    /// </summary>
    internal static (int Size, string Office)? Read(List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "both" counts two by itself; a number counts only after "the", "these" or "both" ("two ministers of each side" is no group).
            int size;
            if (tokens[i].Lower == "both") size = 2;
            else if (!(CountWords.TryRead(tokens[i].Text, 2, 12, out size) && i > 0 && tokens[i - 1].Lower is "the" or "these" or "both" or "all")) continue;
            // One word of office may come first: "the two foreign ministers", "the two prime ministers".
            for (var k = i + 1; k < tokens.Count && k <= i + 2; k++)
            {
                if (!Offices.TryGetValue(tokens[k].Text, out var office)) continue;
                if (office == "Minister" && k == i + 2 && tokens[k - 1].IsWord)
                    office = tokens[k - 1].Lower == "prime" ? "head" : $"{char.ToUpperInvariant(tokens[k - 1].Text[0])}{tokens[k - 1].Text[1..]} Minister";
                return (size, office);
            }
        }
        return null;
    }

    /// <summary>Whether the sentence counts an office group of fewer people than the meeting's <paramref name="people"/>: "the two heads of state" at a meeting of six.</summary>
    public static bool CountsFewer(Sentence sentence, int people) => Read(sentence.Tokens) is { } counted && counted.Size < people;

    /// <summary>
    /// Those of <paramref name="group"/> (the meeting's people) who hold the office the sentence's counted group names, when
    /// they are exactly as many as it counts and fewer than the whole group; null otherwise.
    /// </summary>
    public static List<string>? Holders(Sentence sentence, IReadOnlyList<string> group, IReadOnlyList<PersonName> people, KnowledgeBase knowledge)
    {
        if (Read(sentence.Tokens) is not { } counted)
            return UncountedOffice(sentence.Tokens) is { } office ? UncountedHolders(office, group, people, knowledge) : null;
        if (counted.Size >= group.Count) return null;
        var holders = HoldersOf(counted.Office, group, people, knowledge);
        return holders.Count == counted.Size ? holders : null;
    }

    private static List<string> HoldersOf(string office, IReadOnlyList<string> group, IReadOnlyList<PersonName> people, KnowledgeBase knowledge) =>
        group.Where(id => people.FirstOrDefault(p => p.Id == id) is { } person && SigningOffices.Holds(SigningOffices.TitlesOf(person, knowledge), office, knowledge)).ToList();

    /// <summary>
    /// "The leaders later put out a joint statement" at a state visit whose secretary of state and ambassador the story names,
    /// "Joint Statement after a Meeting of the Presidents of A, B and C" at a meeting with a foreign minister: an uncounted
    /// group of an office stands for those of the meeting's people who hold it, when at least two but not all of them do
    /// (the pattern: "the leaders", "the presidents" name the principals; the aides named around them issued nothing).
    /// </summary>
    private static List<string>? UncountedHolders(string office, IReadOnlyList<string> group, IReadOnlyList<PersonName> people, KnowledgeBase knowledge)
    {
        if (office == MinistersOnly) return MinistersOfTheMeeting(group, people, knowledge);
        var holders = HoldersOf(office, group, people, knowledge);
        return holders.Count >= 2 && holders.Count < group.Count ? holders : null;
    }

    /// <summary>The office of an uncounted "the ministers" / "the foreign ministers": ministers who are not heads of government.</summary>
    private const string MinistersOnly = "minister, not head";

    /// <summary>
    /// "In the leaders' presence, the ministers signed a memorandum" at a visit of a president, his host and their foreign
    /// ministers: an uncounted group of ministers names the meeting's ministers and never its heads of state or government,
    /// even when the story names only one side's minister (the pattern: ministers sign while the leaders look on; a
    /// "ministers" group read as the whole meeting made the leaders signers). Null when none, or all, of the meeting's
    /// people are such ministers.
    /// </summary>
    private static List<string>? MinistersOfTheMeeting(IReadOnlyList<string> group, IReadOnlyList<PersonName> people, KnowledgeBase knowledge)
    {
        var ministers = group.Where(id => people.FirstOrDefault(p => p.Id == id) is { } person && SigningOffices.TitlesOf(person, knowledge).ToList() is var titles
                                          && SigningOffices.Holds(titles, "Minister", knowledge) && !SigningOffices.Holds(titles, "head", knowledge)).ToList();
        return ministers.Count >= 1 && ministers.Count < group.Count ? ministers : null;
    }

    /// <summary>Uncounted group heads → the office a title must hold; "men", "women" name an office only when counted.</summary>
    private static readonly FrozenDictionary<string, string> UncountedOffices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["leaders"] = "head", ["heads"] = "head", ["premiers"] = "head", ["presidents"] = "President",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The office of an uncounted group after "the" ("the leaders", "the Presidents of A and B", "the prime ministers"), or
    /// null: the first such group of the sentence. "Heads" counts only as "heads of state" or "heads of government".
    /// </summary>
    internal static string? UncountedOffice(List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            // "the foreign ministers", "the trade ministers": one word of portfolio may stand between "the" and "ministers".
            var portfolio = i >= 2 && tokens[i - 2].Lower == "the" && tokens[i].Lower == "ministers" && tokens[i - 1].IsWord && tokens[i - 1].Lower != "prime";
            if (tokens[i - 1].Lower != "the" && !portfolio && !(i >= 2 && tokens[i - 2].Lower == "the" && tokens[i - 1].Lower == "prime")) continue;
            if (tokens[i].Lower == "ministers" && tokens[i - 1].Lower == "prime") return "head";
            if (tokens[i].Lower == "ministers") return MinistersOnly;
            if (!UncountedOffices.TryGetValue(tokens[i].Text, out var office)) continue;
            if (tokens[i].Lower == "heads" && !(i + 2 < tokens.Count && tokens[i + 1].Lower == "of" && tokens[i + 2].Lower is "state" or "government")) continue;
            return office;
        }
        return null;
    }
}
