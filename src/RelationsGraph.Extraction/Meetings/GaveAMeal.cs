using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X gave a state banquet for Y", "the King gave a dinner in his guest's honour", "X offered a lunch for the delegation":
/// to give (offer, throw) a meal is to host it, as "hosted a banquet" is: the verb's subject hosts the meal and whoever is
/// named after the verb is its guest (pattern: giving verb + a meal noun, the noun led only by its article and a word or two
/// such as "state", "official", "welcome"). "held a working lunch" is left alone: two leaders who hold a meal share it.
/// </summary>
internal static class GaveAMeal
{
    private static readonly string[] Meals = ["lunch", "luncheon", "dinner", "banquet", "breakfast", "supper"];
    private static readonly string[] GivingVerbs = ["gave", "give", "gives", "giving", "offered", "offer", "offers", "threw", "throw", "throws"];
    private const int ModifierReach = 3; // "gave a return banquet", "gave an official state dinner": words between verb and meal

    /// <summary>Where the giving verb of a meal reference stands; null when the meal is not told as given.</summary>
    public static int? VerbOf(List<Token> tokens, MeetingMention meal)
    {
        if (meal.Kind != MeetingKinds.Reception) return null;
        var noun = -1;
        for (var k = meal.TokenStart; k < meal.TokenEnd && k < tokens.Count; k++)
            if (Meals.Contains(tokens[k].Lower)) { noun = k; break; }
        if (noun < 0) return null;
        for (var k = noun - 1; k >= 0 && noun - k <= ModifierReach + 1; k--)
        {
            var w = tokens[k].Lower;
            if (GivingVerbs.Contains(w)) return k;
            // Only an article and lower-case modifiers between the verb and its meal: "gave him a dinner" and "gave way, and a dinner" tell none.
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || w is "and" or "or" or "but" or "then" or "to" or "of") return null;
        }
        return null;
    }

    /// <summary>
    /// The role of a person of the given meal: after the verb, a guest; before it, the host when nothing but the subject's
    /// own words stand between ("X and his wife, Y, gave"); else null ("after talks with Y, X gave a dinner": Y is no host).
    /// </summary>
    public static string? RoleOf(List<Token> tokens, int personStart, int personEnd, int verb)
    {
        if (personStart > verb) return "guest";
        for (var k = personEnd; k < verb; k++)
            if (tokens[k].Lower is "with" or "after" or "before" or "when" or "while" or "which" or "that" or "by" or "for" or "to" or ";" or ":" or "met" or "received")
                return null;
        return "host";
    }
}
