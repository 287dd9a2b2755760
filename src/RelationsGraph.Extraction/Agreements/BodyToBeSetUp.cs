using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The leaders will set up a permanent framework to align their response", "they will create a regional framework
/// for consultations": an untitled framework that a founding verb sets up, with a purpose ("to" + verb, or "for") after it, is
/// a body or a standing arrangement of work, not a document (the pattern: one sets up a body, one signs or adopts a text). A
/// sentence that also signs, adopts or initials something keeps the noun as a document.
/// </summary>
internal static class BodyToBeSetUp
{
    private static readonly HashSet<string> Founding = new(StringComparer.OrdinalIgnoreCase)
    {
        "create", "creates", "created", "creating", "establish", "establishes", "established", "establishing",
        "form", "forms", "formed", "forming", "launch", "launches", "launched", "launching",
    };

    private static readonly HashSet<string> SetForms = new(StringComparer.OrdinalIgnoreCase) { "set", "sets", "setting" };

    private static readonly HashSet<string> DocumentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "sign", "signs", "signed", "signing", "adopt", "adopts", "adopted", "adopting", "initial", "initials", "initialled", "initialed",
        "ratify", "ratified", "ratifies", "endorse", "endorsed", "endorses",
    };

    /// <param name="start">The first token of the noun's phrase ("a standing framework" opens at "a").</param>
    /// <param name="noun">The index of "framework".</param>
    public static bool At(List<Token> tokens, int start, int noun)
    {
        if (tokens[noun].Lower != "framework" || tokens[noun].IsCapitalized || noun + 1 >= tokens.Count) return false;
        // A purpose after the noun: "to coordinate", "for consultations".
        var next = tokens[noun + 1].Lower;
        if (next != "for" && !(next == "to" && noun + 2 < tokens.Count && !tokens[noun + 2].IsCapitalized && tokens[noun + 2].IsWord)) return false;
        // The founding verb right before the phrase: "create a", "set up a".
        var before = start - 1;
        var founded = before >= 0 && Founding.Contains(tokens[before].Text)
                      || before >= 1 && tokens[before].Lower == "up" && SetForms.Contains(tokens[before - 1].Text);
        if (!founded) return false;
        foreach (var t in tokens)
            if (DocumentVerbs.Contains(t.Text)) return false;
        return true;
    }
}
