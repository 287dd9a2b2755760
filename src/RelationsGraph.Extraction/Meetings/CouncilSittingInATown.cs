using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the Orvane European Council of May 1991", "the Harbour Council in Tollin on 3-4 June", "at the Harbour Council in Tollin":
/// a council told together with a town, the town right before its name or "in"/"at" and the town right after it, is one
/// sitting of that body, a gathering held in that town (pattern: news names a session of a standing council by the town
/// it met in). The body told on its own ("the Council agreed") stays an organisation and starts nothing.
/// </summary>
internal static class CouncilSittingInATown
{
    /// <summary>How many words of the body's name may stand between the town and "Council" ("the Tollin North Sea Council").</summary>
    private const int MaxNameWords = 4;

    /// <summary>
    /// Token i is the "Council" that ends a body's name told with its town, as the setting of
    /// what the sentence tells ("at the Orvane European Council", "meet in the Harbour Council in Tollin") or dated at once
    /// ("the Orvane European Council of May 1991", "... in Tollin on 3-4 June"). "creates a Council in Tollin", "the Council
    /// in Tollin approved the mission": the body itself, its seat or its decisions, no sitting.
    /// </summary>
    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Text != "Council") return false;
        Mention? body = null;
        foreach (var m in mentions)
            // "the Orvane European Council": the body's own name ends in the word.
            if (m.Kind == MentionKind.Organization && m.TokenEnd == i + 1) body = m;
        if (body is null) return false;
        foreach (var place in mentions)
        {
            if (place.Kind != MentionKind.Place) continue;
            // The town before the body's name: "the Orvane European Council".
            if (place.TokenEnd == body.TokenStart && Told(tokens, place.TokenStart, i + 1)) return true;
            // "in" or "at" and the town right after it: "the Harbour Council in Tollin".
            if (place.TokenStart == i + 2 && tokens[i + 1].Lower is "in" or "at" && Told(tokens, body.TokenStart, place.TokenEnd)) return true;
        }
        return false;
    }

    /// <summary>The words [start, end) after "the" are the setting of the clause ("at the", "in the", "during the") or are dated right after ("of May 1991").</summary>
    private static bool Told(List<Token> tokens, int start, int end)
    {
        if (start < 1 || tokens[start - 1].Lower != "the") return false;
        if (start >= 2 && tokens[start - 2].Lower is "at" or "in" or "during") return true;
        return end + 1 < tokens.Count && tokens[end].Lower is "of" or "in" or "on" &&
               (Months.IsMonthOrWeekday(tokens[end + 1].Text) || tokens[end + 1].Text.Length > 0 && char.IsDigit(tokens[end + 1].Text[0]));
    }

    /// <summary>
    /// The place is the town named right before the council's name whose "Council" lies in the reference [start, end)
    /// ("the Orvane European Council"): only capitalised words of the name stand between the town and "Council".
    /// </summary>
    public static bool IsItsTown(List<Token> tokens, Mention place, int start, int end)
    {
        if (place.Kind != MentionKind.Place) return false;
        for (var c = Math.Max(start, place.TokenEnd); c < end; c++)
        {
            if (tokens[c].Lower != "council") continue;
            if (c - place.TokenEnd > MaxNameWords) return false;
            for (var k = place.TokenEnd; k < c; k++)
                if (!tokens[k].IsWord || !tokens[k].IsCapitalized) return false;
            return true;
        }
        return false;
    }
}
