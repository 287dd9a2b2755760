using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "On Friday he lunched with President X", "the chancellor dined with Y at the palace": a meal taken with a named person is a
/// lunch or dinner of the two, a reception of the visit's programme (pattern: a meal verb + "with" + person, the verb standing
/// for the noun "lunch" or "dinner"). Only with a person named right after "with", led by title words (as
/// <see cref="SpokeWithSomeone"/> reads it), so that "dined with friends" tells none.
/// </summary>
internal static class MealWithSomeone
{
    public static readonly string[] Verbs = ["lunched", "dined", "breakfasted"];

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        Verbs.Contains(tokens[i].Lower) && SpokeWithSomeone.PersonAfterWith(tokens, i, mentions);
}
