using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Family photo at the congress centre: from left, A, B, C and D", "Leaders pose for a picture (left to right) E, F and G":
/// a caption naming the people in a picture from one side to the other shows who stood together at the gathering under
/// discussion (pattern: a photo caption's left-to-right roll). True at "left".
/// </summary>
internal static class PhotoCaption
{
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (tokens[i].Lower != "left" || i + 1 >= tokens.Count) return false;
        var next = tokens[i + 1];
        // "from left, A", "from left: A", "from left to right, A".
        if (i > 0 && tokens[i - 1].Lower == "from")
            return next.Text is "," or ":" || next.Lower == "to" && i + 2 < tokens.Count && tokens[i + 2].Lower == "right";
        // "(left to right) A, B": the bracketed or comma-led phrase with no "from".
        return next.Lower == "to" && i + 2 < tokens.Count && tokens[i + 2].Lower == "right" && i > 0 && tokens[i - 1].Text is "(" or "," or ":";
    }
}
