using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// A minister of one state in a story of 1986 who led another state by 1995, a premier of 2012 who later headed a bloc: a known person who held offices of
/// different states or bodies over a career is, in a dated story, the holder of the office whose term covers the story's
/// year, not of the office the knowledge lists first (pattern: news names people in the office they hold at the time).
/// Only a title taken from the knowledge is replaced, and only when the office it names began after the story's year; a
/// title or nationality the text writes is kept.
/// </summary>
internal static class TermOfTheStoryYear
{
    /// <summary>Re-dates the knowledge's title and country of the known-person mentions; returns the mentions changed.</summary>
    public static HashSet<Mention> Apply(KnowledgeBase knowledge, IEnumerable<Mention> persons, int? storyYear)
    {
        var changed = new HashSet<Mention>();
        if (storyYear is not { } year) return changed;
        foreach (var m in persons)
        {
            if (!m.TitleFromKnowledge || m.NationalityWritten || m.Canonical is not { } name) continue;
            var terms = OfficeHoldersByPerson.Of(knowledge, EntityRegistry.PersonId(name));
            // One career in one state: the first listed office already names the right side.
            if (!MoreThanOneState(terms)) continue;
            // An office held before the story may be recalled by it ("President X signed the 1992 treaty"); only an office
            // the person took after the story's year cannot be the one the story means.
            if (!StartsAfter(terms[0].Years, year)) continue;
            var covering = terms.Where(t => HolderOfTheStoryYear.Covers(t.Years, year)).ToList();
            if (covering.Count == 0 || MoreThanOneState(covering)) continue;
            var term = covering[0];
            if (string.Equals(term.Iso2 ?? "", m.Iso2 ?? "", StringComparison.OrdinalIgnoreCase) && term.Role == m.Title) continue;
            m.Title = term.Role;
            m.Iso2 = term.Iso2;
            m.Rule += "; the known office of the story's year";
            changed.Add(m);
        }
        return changed;
    }

    /// <summary>Whether the terms are of two states or more (a term of no state counts as one), read in place: this runs for every known person's mention.</summary>
    private static bool MoreThanOneState(IReadOnlyList<OfficeHolder> terms)
    {
        for (var k = 1; k < terms.Count; k++)
            if (!string.Equals(terms[k].Iso2 ?? "", terms[0].Iso2 ?? "", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool StartsAfter(string years, int year)
    {
        var dash = years.IndexOf('-');
        return dash > 0 && int.TryParse(years.AsSpan(0, dash), out var from) && from > year;
    }
}
