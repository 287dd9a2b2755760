using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>Where the clauses of a sentence begin and end, for the meeting finder's reach.</summary>
internal static class ClauseSegments
{
    /// <summary>
    /// Clause number of every token: spaced dashes and semicolons start a new clause, except a pair of dashes around a
    /// list of names ("the presidents of A, B and C — X, Y and Z — signed"), which is an apposition inside its clause.
    /// </summary>
    public static int[] Of(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var segments = new int[Math.Max(1, tokens.Count)];
        bool SpacedDash(int i) => tokens[i].Text is "—" or "–" or "--" && (tokens[i].Start == 0 || sentence.Text[tokens[i].Start - 1] == ' ');
        HashSet<int>? apposition = null; // made only for a sentence with a dash pair: most have none, and this runs on every sentence
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!SpacedDash(i)) continue;
            var close = Enumerable.Range(i + 1, tokens.Count - i - 1).FirstOrDefault(SpacedDash, -1);
            if (close > i + 1 && Enumerable.Range(i + 1, close - i - 1).All(k => IsPartOfNameList(tokens[k])))
            {
                apposition ??= [];
                apposition.Add(i);
                apposition.Add(close);
                i = close;
            }
        }
        var current = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (SpacedDash(i) && !(apposition?.Contains(i) ?? false) || tokens[i].Text == ";" && !SemicolonRoll.SeparatesItems(tokens, i) ||
                StartsCoordinatedPronounClause(tokens, i)) current++;
            segments[i] = current;
        }
        return segments;
    }

    /// <summary>
    /// "X called on Y at the palace, and he attended a lunch hosted by Z": ", and" with a subject pronoun after it opens a
    /// clause of its own, so the people of the first clause do not reach the event of the second. True at "and".
    /// </summary>
    private static bool StartsCoordinatedPronounClause(List<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && tokens[i].Lower == "and" && tokens[i - 1].Text == "," && tokens[i + 1].Lower is "he" or "she" or "they";

    /// <summary>
    /// Only a comma, "and" and a title between the previous name of a list and the next one ("…, Turkish President X and Y"),
    /// the title possibly lowercase after "the" ("…, X and the rebel leader Y") or after a country's possessive
    /// ("…, Singapore's Prime Minister Y": pattern, a roll of leaders each introduced by their country).
    /// A country told after a name with "of" belongs to that item ("Presidents A of the Republic of Congo, B of Mozambique
    /// and C": pattern, a roll of leaders each followed by their country). The full stop of a rank or courtesy abbreviation
    /// inside the title ("…, the rebel leader Col. Y and Z", "…, Dr. Y") is part of the title, not the sentence's end
    /// (pattern: abbreviated ranks in a roll of names; see <see cref="Agreements.AbbreviationPoint"/>).
    /// </summary>
    public static bool ContinuesList(List<Token> tokens, int previousEnd, int nextStart) =>
        CounterpartConjunct.Joins(tokens, previousEnd, nextStart) ||
        nextStart > previousEnd && nextStart - previousEnd <= 7 &&
        Enumerable.Range(previousEnd, nextStart - previousEnd).All(k => tokens[k].Text is "," or "'s" or "’s" || tokens[k].Lower is "and" or "the" or "of" ||
                                                                        Agreements.AbbreviationPoint.IsAt(tokens, k) ||
                                                                        tokens[k].IsCapitalized || Lexicon.PersonNouns.Contains(tokens[k].Text) ||
                                                                        TitleModifiers.Contains(tokens[k].Text)) &&
        Enumerable.Range(previousEnd, nextStart - previousEnd).Any(k => tokens[k].Text is "," || tokens[k].Lower == "and");

    /// <summary>
    /// "co-chaired by A, who holds the bloc's presidency, and B", "led by C, the assistant secretary for regional affairs, and D":
    /// a relative clause or an apposition set off by commas after one name of a list does not end the list, so the name after
    /// its closing comma and "and" is the next item (pattern: coordination carried past an aside). The aside opens with
    /// "who"/"whose" or with a determiner or possessive title ("the", "a", "his", "Kenya's"), holds no other clause mark
    /// (";", ":", "."), and runs at most <see cref="AsideReach"/> tokens; after it only "and" and what
    /// <see cref="ContinuesList"/> allows may stand before the next name, and no lowercase verb right after it.
    /// </summary>
    public static bool ContinuesListPastAside(List<Token> tokens, int previousEnd, int nextStart, int nextEnd)
    {
        // "..., and Senator B criticised the talks": a name followed by its own verb is the subject of a new clause, not an item.
        if (nextEnd < tokens.Count && tokens[nextEnd].IsWord && !tokens[nextEnd].IsCapitalized && tokens[nextEnd].Lower is not ("and" or "of" or "or")) return false;
        if (previousEnd + 1 >= nextStart || tokens[previousEnd].Text != "," || nextStart - previousEnd > AsideReach + 8) return false;
        var open = tokens[previousEnd + 1];
        if (!(open.Lower is "who" or "whose" or "the" or "a" or "an" or "his" or "her" or "its" or "their" ||
              previousEnd + 2 < nextStart && tokens[previousEnd + 2].Text is "'s" or "’s")) return false;
        var close = -1;
        for (var k = previousEnd + 2; k < nextStart && k - previousEnd <= AsideReach; k++)
        {
            if (tokens[k].Text is ";" or ":" or "." or "(" or ")") return false;
            if (tokens[k].Text == ",") { close = k; break; }
        }
        if (close < 0 || close + 1 >= nextStart || tokens[close + 1].Lower != "and") return false;
        return ContinuesList(tokens, close, nextStart);
    }

    private const int AsideReach = 20;

    public const string RollWithCountriesNote = "roll of leaders, each followed by 'of' and their country";

    /// <summary>For the trace: two names of the people given, one after the other, joined as a list through "of" and a country.</summary>
    public static bool RollWithCountries(List<Token> tokens, IReadOnlyList<Mention> people)
    {
        for (var k = 1; k < people.Count; k++)
            if (ContinuesList(tokens, people[k - 1].TokenEnd, people[k].TokenStart) &&
                Enumerable.Range(people[k - 1].TokenEnd, people[k].TokenStart - people[k - 1].TokenEnd).Any(i => tokens[i].Lower == "of")) return true;
        return false;
    }

    /// <summary>
    /// "A, the UAE foreign minister B, and C": the lowercase words of an office title written out in a list item belong to
    /// the list as the office noun does (pattern: a subject list of titled names).
    /// </summary>
    private static readonly FrozenSet<string> TitleModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "prime", "vice", "deputy", "crown", "defence", "defense", "interior", "finance", "trade", "former", "acting", "senior", "special",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A token of "X, Y bin Z and W": capitalized words, commas, "and", and the lowercase particles of names.</summary>
    private static bool IsPartOfNameList(Token t) =>
        t.IsCapitalized || t.Text is "," or "'s" or "’s" || t.Lower is "and" or "bin" or "al" or "de" or "da" or "van" or "von" or "el" or "der" or "la";
}
