using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X hosted Y and his wife at a state luncheon", "received the envoys at a dinner": a hosting verb whose guests are then
/// placed "at" a meal tells who gave the meal, even though the verb stays a reference of the visit: its subject hosts the
/// meal and the people between verb and meal are its guests (pattern: hosting someone at a meal, within one clause).
/// </summary>
internal static class HostedAtAMeal
{
    private static readonly string[] Meals = ["lunch", "luncheon", "dinner", "banquet", "breakfast", "supper"];
    private static readonly string[] HostingVerbs = ["hosted", "hosts", "welcomed", "received"];

    /// <summary>Where the hosting verb of a lone meal noun told "at a ... meal" stands; null when there is none in its clause.</summary>
    public static int? VerbOf(List<Token> tokens, MeetingMention meal)
    {
        if (meal.Kind != MeetingKinds.Reception || meal.TokenEnd - meal.TokenStart != 1 || !Meals.Contains(tokens[meal.TokenStart].Lower)) return null;
        var at = -1;
        for (var k = meal.TokenStart - 1; k >= 0 && meal.TokenStart - k <= 4; k--)
            if (tokens[k].Lower == "at") { at = k; break; }
        if (at < 0) return null;
        for (var k = at - 1; k >= 0 && at - k <= 20; k--)
        {
            var w = tokens[k].Lower;
            if (HostingVerbs.Contains(w)) return k;
            if (w is ";" or ":" or "who" or "which" or "where" or "when" or "after" or "before" or "while" or "then" || MeetingKinds.KindOf(tokens[k].Text, false) is not null) return null;
        }
        return null;
    }
}
