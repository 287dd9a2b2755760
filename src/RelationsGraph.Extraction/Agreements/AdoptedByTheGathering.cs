using RelationsGraph.Extraction.Meetings;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Leaders of the 21 member economies adopted the Velora Declaration", "Lakeland leaders meeting in Orvik agreed a
/// plan", told where the story also reports one leader's side talks: a document that a plural body of leaders or member
/// states makes, with no one named signing it, is the product of the story's multi-state gathering (summit, conference,
/// forum), not of a talk or visit told nearest (the pattern: "the leaders" who adopt a text are the gathering's members,
/// and a bilateral on its margins makes no text of the whole gathering).
/// </summary>
internal static class AdoptedByTheGathering
{
    private static readonly FrozenSet<string> BodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "leaders", "heads", "members", "member" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The meeting a document's sentence reports, unless a body of leaders makes the document there and the
    /// meeting is a talk or visit: then the story's one summit or conference (<paramref name="summitOf"/>), if any.</summary>
    public static Meeting? OfTheSentence(AgreementMention document, Meeting? told, Func<AgreementMention, Meeting?>? summitOf)
    {
        if (told is null || summitOf is null || told.Kind is MeetingKinds.Summit or MeetingKinds.Conference || !document.Concluded || !ByABody(document)) return told;
        // A gathering dated to another day than the meeting the sentence reports is another occasion ("met on 11 June ... the July conference").
        return summitOf(document) is { } summit && !(told.Date is { Length: >= 10 } a && summit.Date is { Length: >= 10 } b && a[..10] != b[..10]) ? summit : told;
    }

    private static bool ByABody(AgreementMention document)
    {
        var tokens = document.Sentence.Tokens;
        for (var k = 0; k < document.TokenStart && k < tokens.Count; k++)
        {
            if (!BodyNouns.Contains(tokens[k].Text)) continue;
            // "leaders of the 21 economies", "heads of state", "member states": the members of a grouping.
            if (k + 1 < tokens.Count && (tokens[k + 1].Lower == "of" || tokens[k].Lower == "member" && tokens[k + 1].Lower == "states")) return true;
            // "Lakeland leaders", "the 27 leaders" (never "the two leaders", "business leaders"): a grouping's leaders, counted past a pair.
            if (k > 0 && tokens[k].Lower == "leaders" && (tokens[k - 1].IsCapitalized && k - 1 > 0 || ManyCounted(tokens[k - 1].Lower))) return true;
        }
        return false;
    }

    private static bool ManyCounted(string word) =>
        int.TryParse(word, out var n) ? n >= 3 : word is "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "dozen" or "all";

    /// <summary>The story's one gathering of many states, when the document's concluding sentence tells a body of leaders
    /// making it before the document is named, and the meeting told nearest is a talk or visit; else <paramref name="nearest"/>.</summary>
    public static Meeting? Prefer(AgreementMention concluded, Meeting? nearest, IReadOnlyList<Meeting> current)
    {
        if (nearest is null || nearest.Kind is MeetingKinds.Summit or MeetingKinds.Conference) return nearest;
        if (!ByABody(concluded)) return nearest;
        var gatherings = current.Where(m => m.Kind is MeetingKinds.Summit or MeetingKinds.Conference).ToList();
        return gatherings.Count == 1 ? gatherings[0] : nearest;
    }
}
