using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Four years after the Varnel accord ended the fighting in 2009, the leaders signed a charter": a definite reference
/// whose capitalised modifier (a place, a person) is no word of any document told before, and whose own clause dates it
/// to another year than the story's, names an older document of its own, not the story's main one (the pattern: a
/// document the reader is assumed to know is called by its short name and dated where it is recalled). A modifier that
/// is the place of a gathering the story tells making a document names that gathering's document instead.
/// </summary>
internal static class RecalledUnderItsName
{
    /// <summary>Whether the reference, dated by its clause to <paramref name="nearby"/>, stands for a recalled document of its own.</summary>
    public static bool Of(AgreementMention m, int nearby, int? storyYear, List<Agreement> agreements, IEnumerable<string> properModifiers, Func<Sentence, Meetings.Meeting?> meetingOf)
    {
        if (storyYear is not { } year || nearby == year) return false;
        var words = properModifiers.ToList();
        if (words.Count == 0) return false;
        // "the Tarvo accord" after "the Tarvo Declaration of Peace": the modifier names a document already told.
        var keys = words.Select(NameKey.Of).ToList();
        if (agreements.Any(a => a.Mentions.Any(x => NameKey.Of(Surface(x)).Split(' ').Intersect(keys).Any()))) return false;
        // "called the Orsk declaration" in a story of a summit held in Orsk: named after the place of a gathering the story
        // tells with a document, so that gathering's document, whatever year the clause tells.
        var gatherings = agreements.Select(a => a.ProducedBy).Concat(agreements.SelectMany(a => a.Mentions).Select(x => meetingOf(x.Sentence)));
        return !gatherings.Any(meeting => meeting is not null && meeting.Places.Any(p => new[] { p.Surface, p.Canonical }
            .Any(n => n is not null && NameKey.Of(n).Split(' ').Intersect(keys).Any())));
    }

    private static string Surface(AgreementMention x) =>
        string.Join(" ", x.Sentence.Tokens.Skip(x.TokenStart).Take(Math.Max(0, x.TokenEnd - x.TokenStart)).Select(t => t.Text)) + " " + (x.Title ?? "");
}
