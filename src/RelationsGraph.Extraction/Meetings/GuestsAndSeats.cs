using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// A gathering's roll call told in a sentence of its own, after the gathering was named: "His guests were A, B and C",
/// "The guests included A and B", "Four presidents sat at the table: A, B, C and D", "A and B took their seats",
/// "Around the table sat A, B and C", "In the front row sat D", "E and F were all in the hall", "Other leaders in the hall included G".
/// Being a host's guest or having a seat in the gathering's room is attendance (pattern: a roll call without a meeting word).
/// </summary>
internal static class GuestsAndSeats
{
    private static readonly FrozenSet<string> RollCallVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "were", "are", "included", "includes", "include" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    // "sat on the American side": a delegation's side of the table is a seat in the room too.
    // "were also in the room", "was also on the podium": the room of the gathering, or the raised place its principals stand on.
    // "were both in the chamber": the chamber a speech or sitting is held in.
    internal static readonly FrozenSet<string> SeatNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "table", "row", "hall", "stage", "dais", "side", "room", "podium", "platform", "chamber" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> SeatPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "at", "around", "in", "on" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> SeatedVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "sat", "seated", "sitting", "stood", "standing", "were", "was" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words inside the place phrase: "the end of the table", "the front row", "Xi's side of the table".</summary>
    private static readonly FrozenSet<string> PhraseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "front", "first", "second", "back", "rear", "long", "main", "end", "head", "side", "of", "'s", "’s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsRollCall(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        if (w is "guests" && i + 1 < tokens.Count && RollCallVerbs.Contains(tokens[i + 1].Text)) return true;
        // "took their seats": the people of the gathering settle in.
        if (w is "took" or "taking" && i + 2 < tokens.Count && tokens[i + 1].Lower is "their" or "his" or "her" && tokens[i + 2].Lower is "seats" or "seat") return true;
        return SeatNouns.Contains(tokens[i].Text) && IsSeat(tokens, i) || AmongThoseWere(tokens, i) || AmongThosePresent(tokens, i) >= 0 || TheyIncluded(tokens, i);
    }

    /// <summary>
    /// "The visiting leaders acted as witnesses. Besides the host, they included A of P, B of Q and C": "they", the subject
    /// of the clause, is the group of people the previous sentence placed at the gathering, and the names after "included"
    /// are its roll (pattern: a group told, then counted out with "they included"). The roll must open on a name or a title.
    /// </summary>
    private static bool TheyIncluded(List<Token> tokens, int i)
    {
        if (tokens[i].Lower is not ("included" or "include") || i < 1 || i + 1 >= tokens.Count || tokens[i - 1].Lower != "they") return false;
        return (i == 1 || tokens[i - 2].Text == ",") && tokens[i + 1].IsCapitalized;
    }

    /// <summary>
    /// "A and B were among the dozen leaders present", "C was among those present": the names before the copula are counted
    /// in the group of people at the gathering (pattern: subject + copula + "among" + people + "present"). Returns the
    /// copula's index, where the roll's subject ends, at "present"; else -1.
    /// </summary>
    public static int AmongThosePresent(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "present" || i < 3 || !PeopleNouns.Contains(tokens[i - 1].Text)) return -1;
        for (var k = i - 2; k >= 1 && i - k <= 5; k--)
            if (tokens[k].Lower == "among") return tokens[k - 1].Lower is "was" or "were" ? k - 1 : -1;
        return -1;
    }

    private static readonly FrozenSet<string> PeopleNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "leaders", "guests", "dignitaries", "those", "participants", "attendees", "delegates", "heads", "presidents", "ministers",
        // "Among the early arrivals were A and B": those who arrived are at the gathering.
        "arrivals",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Other leaders in the hall included A and B", "A and B were among the leaders in the room": a group of people placed in
    /// the gathering's room, whose names follow a roll verb or who are the ones the sentence counts "among" them (pattern:
    /// the people of the room named as a group). <paramref name="noun"/> is the people noun before the seat phrase.
    /// </summary>
    private static bool PeopleInTheRoom(List<Token> tokens, int noun, int seat)
    {
        // "those" alone may open any clause ("Those at the table agreed"); "among those at the head table" is a roll.
        // "Besides the host, those in the room were A and B": "those" with its seat as the subject of a copula opening on a name
        // is a roll too (pattern: the people of the room counted out by name).
        if (!PeopleNouns.Contains(tokens[noun].Text) ||
            tokens[noun].Lower == "those" && !(noun > 0 && tokens[noun - 1].Lower == "among") && !ThoseInTheRoomWere(tokens, seat)) return false;
        if (seat + 1 < tokens.Count && RollCallVerbs.Contains(tokens[seat + 1].Text)) return true;
        // "were among the leaders at the table, and X held meetings with them": a meeting word later in the sentence is the
        // event those people are at, and its own reference reads them.
        for (var k = seat + 1; k < tokens.Count; k++)
            if (MeetingKinds.KindOf(tokens[k].Text, false) is not null) return false;
        for (var k = noun - 1; k >= 0 && noun - k <= 3; k--)
            if (tokens[k].Lower == "among") return true;
        return false;
    }

    /// <summary>"those in the room were King A": the copula right after the seat, then a name or a title.</summary>
    private static bool ThoseInTheRoomWere(List<Token> tokens, int seat) =>
        seat + 2 < tokens.Count && tokens[seat + 1].Lower is "were" or "was" && tokens[seat + 2].IsCapitalized;

    /// <summary>
    /// "Among the leaders around the table were A, B and C", "Among those present was D": an inverted roll call, a group of
    /// people opening the clause and the names after its "were" (pattern: "among" + people + copula + names).
    /// </summary>
    private static bool AmongThoseWere(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "among" || !(i == 0 || tokens[i - 1].Text is "," or ";" or ":" || tokens[i - 1].Lower is "and" or "also")) return false;
        // "The members signed one by one. Among them were A, the prime minister; B; and C": "them", opening the sentence, is
        // the people just told at the gathering, and the names after the copula are a roll of them ("Among them was a
        // memorandum" names a thing: the roll must open on a name or a title).
        if (i == 0 && i + 3 < tokens.Count && tokens[i + 1].Lower == "them" && tokens[i + 2].Lower is "were" or "was") return tokens[i + 3].IsCapitalized;
        var group = false;
        for (var k = i + 1; k < tokens.Count && k - i <= 3; k++) group |= PeopleNouns.Contains(tokens[k].Text);
        if (!group) return false;
        // "Among the leaders attending are A, B and C": told in the present of a gathering still under way, the roll is the same.
        for (var k = i + 2; k < tokens.Count && k - i <= 14 && tokens[k].Text is not ("," or ";"); k++)
            if (tokens[k].Lower is "were" or "was" or "are" or "is") return true;
        return false;
    }

    /// <summary>
    /// "X and Y, the ambassador, sat at the end of the table": where the seat's predicate begins (the posture or "were",
    /// with "all" or "also" before it), so that the people before it can be read as its subject; null when the seat noun at
    /// <paramref name="i"/> has no such predicate before it (the inverted "Around the table sat ..." has its names after).
    /// </summary>
    public static int? PredicateStart(List<Token> tokens, int i)
    {
        if (AmongThosePresent(tokens, i) is var copula and >= 0) return copula;
        if (!SeatNouns.Contains(tokens[i].Text) || !IsSeat(tokens, i)) return null;
        var p = i - 1;
        while (p >= 0 && !SeatPrepositions.Contains(tokens[p].Text)) p--;
        var verb = p - 1;
        // "A, B and C were among the leaders in the hall": the predicate begins at the copula before "among".
        for (var k = p - 2; k >= 1 && p - k <= 4; k--)
            if (tokens[k].Lower == "among") verb = k - 1;
        if (verb >= 0 && tokens[verb].Lower is "all" or "also" or "both") verb--;
        if (JoinedThemAt(tokens, p - 1)) return p - 2;
        return verb >= 0 && SeatedVerbs.Contains(tokens[verb].Text) ? verb : null;
    }

    /// <summary>
    /// "A, B and C joined them on the stage", "D joined him at the table": joining the people already told in the room
    /// of the gathering is being at it (pattern: joining someone in a seat). True when <paramref name="k"/> is the pronoun
    /// after the verb of joining, right before the seat's preposition.
    /// </summary>
    private static bool JoinedThemAt(List<Token> tokens, int k) =>
        k >= 1 && tokens[k].Lower is "them" or "him" or "her" && tokens[k - 1].Lower is "joined" or "joining" or "joins";

    /// <summary>
    /// "Across the table sat A, B and C", "Across the table from them sat D": "across" opening the sentence fronts the seat
    /// of the other side, its people named after the posture (pattern: inverted seating). Only fronted: "sat across the
    /// table" after its subject tells the meeting itself, and stays with the meeting words.
    /// </summary>
    private static bool FrontedAcross(List<Token> tokens, int p) => tokens[p].Lower == "across" && (p == 0 || tokens[p - 1].Text is "," or ":" or ";");

    /// <summary>
    /// "sat at the table", "sat at the end of the table", "were all in the hall", and inverted, "Around the table sat",
    /// "In the front row sat", "On Xi's side of the table were", "Around the table:". True at the seat noun. "Sat across a
    /// table" describes the meeting itself ("had not sat across a table since ..." recalls one), so it is left to the meeting words.
    /// </summary>
    private static bool IsSeat(List<Token> tokens, int i)
    {
        var p = i - 1;
        var sawThe = false;
        while (p >= 0 && i - p <= 7 && !SeatPrepositions.Contains(tokens[p].Text) && !FrontedAcross(tokens, p))
        {
            if (!PhraseWords.Contains(tokens[p].Text) && !tokens[p].IsCapitalized) return false;
            sawThe |= tokens[p].Lower == "the";
            p--;
        }
        if (p < 0 || !sawThe) return false;
        if (FrontedAcross(tokens, p)) return i + 1 < tokens.Count && SeatedVerbs.Contains(tokens[i + 1].Text);
        if (!SeatPrepositions.Contains(tokens[p].Text)) return false;
        // The posture or "were" before the phrase, "all" or "also" allowed between: "were all in the hall".
        var before = p - 1;
        if (before >= 0 && tokens[before].Lower is "all" or "also" or "both") before--;
        if (before >= 0 && SeatedVerbs.Contains(tokens[before].Text)) return true;
        if (JoinedThemAt(tokens, before)) return true;
        if (before >= 0 && PeopleInTheRoom(tokens, before, i)) return true;
        // Inverted, the phrase opening the sentence: "Around the table sat ...", "Around the table: ...".
        // "Also in the room were A and B": "also" may open the fronted phrase.
        var opens = p == 0 || tokens[p - 1].Text is "," or ":" or ";" ||
                    tokens[p - 1].Lower == "also" && (p == 1 || tokens[p - 2].Text is "," or ":" or ";");
        if (!opens) return false;
        var after = AfterTimePhrase(tokens, i + 1);
        return after < tokens.Count && (SeatedVerbs.Contains(tokens[after].Text) || tokens[after].Text == ":");
    }

    /// <summary>
    /// "Also at the table on the second day were A and B", "Around the table that evening sat C": a short time phrase may stand
    /// between a fronted seat phrase and its verb (pattern: inverted seating with the day told in passing). Returns the
    /// index after the time phrase, or <paramref name="k"/> itself when none starts there.
    /// </summary>
    private static int AfterTimePhrase(List<Token> tokens, int k)
    {
        if (k >= tokens.Count) return k;
        var start = k;
        if (tokens[k].Lower is "on" or "that" or "this") k++;
        else return start;
        var words = 0;
        while (k < tokens.Count && words < 4 &&
               (Months.IsMonthOrWeekday(tokens[k].Text) || tokens[k].Text.All(char.IsDigit) ||
                tokens[k].Lower is "morning" or "afternoon" or "evening" or "night"))
        {
            k++;
            words++;
        }
        return words > 0 ? k : start;
    }
}
