using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "President Kirchner", "Mr Singh", "Prime Minister Papandreou": a family name that several known office-holders share
/// means the one in office when the story was written (pattern: news writes the bare surname of the office-holder of its
/// day). With the story's year known, the holders whose term covers that year are kept; a title written before the name
/// ("President", not "Foreign Minister") keeps those who held that office then. Without a year, the holder in office now
/// is meant, as before. When nothing tells them apart, none is chosen.
/// </summary>
internal static class HolderOfTheStoryYear
{
    public static OfficeHolder? Choose(KnowledgeBase knowledge, IReadOnlyList<(OfficeHolder Holder, string[] Words)> holders, int? year, string? title)
    {
        if (holders.Count == 1) return holders[0].Holder;
        if (holders.Count == 0) return null;
        List<OfficeHolder> fit = [];
        if (year is { } y)
            foreach (var (holder, _) in holders)
                if (Terms(knowledge, holder).Any(h => Covers(h.Years, y))) fit.Add(holder);
        if (fit.Count == 0)
            foreach (var (holder, _) in holders)
                if (holder.InOffice) fit.Add(holder);
        if (fit.Count > 1 && title is not null)
        {
            var titled = fit.Where(h => Terms(knowledge, h).Any(t => t.Role.Equals(title, StringComparison.OrdinalIgnoreCase)
                                                                    && (year is not { } at || Covers(t.Years, at)))).ToList();
            if (titled.Count > 0) fit = titled;
        }
        return fit.Count == 1 ? fit[0] : null;
    }

    private static IReadOnlyList<OfficeHolder> Terms(KnowledgeBase knowledge, OfficeHolder holder) =>
        OfficeHoldersByPerson.Of(knowledge, EntityRegistry.PersonId(holder.Name));

    /// <summary>"2010-2016" covers 2010 to 2016; "2025-" covers 2025 on.</summary>
    public static bool Covers(string years, int year)
    {
        var dash = years.IndexOf('-');
        if (dash <= 0 || !int.TryParse(years.AsSpan(0, dash), out var from) || year < from) return false;
        return dash == years.Length - 1 || int.TryParse(years.AsSpan(dash + 1), out var to) && year <= to;
    }
}
