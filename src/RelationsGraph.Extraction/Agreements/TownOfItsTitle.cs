using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Treaty of Orvalle", "the Peace of Dunmere", made at a signing or a congress whose place the story never ties to it:
/// a document titled by its head noun and "of" a town was made in that town (pattern: treaties, conventions and peaces take
/// the name of the town where they were concluded), so the gathering that produced it, still placed nowhere, was held
/// there. Only a town the story names as a place of its own; a gathering that has any place already, a phone call, and
/// one gathering making documents titled after two towns add nothing.
/// </summary>
internal static class TownOfItsTitle
{
    public const string Rule = "the town a produced document's title is named after ('the Treaty of X')";

    public static IEnumerable<(Meeting Meeting, Mention Place)> Find(IReadOnlyList<Agreement> agreements, IEnumerable<Mention> storyMentions,
        Func<string, IEnumerable<string>> heldIn)
    {
        var places = storyMentions.Where(m => m.Kind == MentionKind.Place && m.EntityId is not null).ToList();
        foreach (var group in agreements.Where(a => a.ProducedBy is { Id: not null, Held: true } m && m.Kind != MeetingKinds.PhoneCall)
                     .GroupBy(a => a.ProducedBy!))
        {
            var meeting = group.Key;
            if (heldIn(meeting.Id!).Any()) continue;
            var towns = group.Select(a => TownOf(a.Title, places)).Where(p => p is not null).DistinctBy(p => p!.EntityId).ToList();
            if (towns.Count == 1) yield return (meeting, towns[0]!);
        }
    }

    /// <summary>The place mention whose name is the title's complement after "of" ("Treaty of Orvalle" → Orvalle), or null.</summary>
    private static Mention? TownOf(string? title, List<Mention> places)
    {
        if (title is null) return null;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.IndexOf(words, "of");
        if (of < 1 || of == words.Length - 1 || !IsDocumentHead(words[of - 1])) return null;
        var complement = string.Join(' ', words.Skip(of + 1));
        return places.FirstOrDefault(p => string.Equals(p.Surface, complement, StringComparison.OrdinalIgnoreCase) ||
                                          string.Equals(p.Canonical, complement, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsDocumentHead(string word) =>
        word.ToLowerInvariant() is "treaty" or "peace" or "convention" or "protocol" or "agreement" or "accord" or "accords" or "treaties"
            or "armistice" or "truce" or "capitulation" or "capitulations" or "preliminaries" or "act" or "charter" or "declaration" or "pact";
}
