using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "President Vale begins a state visit to Orvania ... Vale will hold talks with his Orvanian counterpart, Ida Dorn": the
/// story's visit to a country, told with its visitor's side only, is hosted by that country's one head of state or
/// government the story names (pattern: visit coverage names the visited country's president or prime minister as the
/// visitor's counterpart or welcomer without telling an encounter of two that <see cref="HostAtTheStorysVisit"/> could read).
/// Runs after <see cref="HostAtTheStorysVisit"/>: only a visit still without anyone of the visited side takes one, only when
/// the visit is placed in exactly one country other than its visitors', and only when the story names one person of that
/// country under a leader's title (a vice-president, deputy or former leader is none), named in or next to a sentence of the visit.
/// A leader met at talks told as often as the visit hosts it too (reports name the visited leader as the visit's host
/// whether or not the talks are the story's main event), where <see cref="HostAtTheStorysVisit"/> leaves the visit without.
/// </summary>
internal static class HeadOfTheVisitedState
{
    public const string Rule = "the visited country's one named leader hosts the story's visit";

    /// <param name="countryOf">Person id → the country the person stands for.</param>
    /// <param name="placeCountryOf">Place or country id → the country it lies in (see <see cref="OtherCountry.Lookup"/>).</param>
    public static void Apply(IReadOnlyList<Meeting> meetings, IReadOnlyList<PersonName> people, Func<string, string?> countryOf,
        Func<string, string?> placeCountryOf, EntityRegistry registry, RelationshipSet relationships)
    {
        if (HostAtTheStorysVisit.MainVisit(meetings) is not { Id: { } visitId } visit) return;
        var present = HostAtTheStorysVisit.Present(visit);
        if (present.Count == 0) return;
        var visitorCountries = present.Select(countryOf).ToHashSet();
        if (visitorCountries.Count != 1 || visitorCountries.First() is not { } visitorCountry) return;
        var visited = visit.Places.Where(p => p.EntityId is not null).Select(p => placeCountryOf(p.EntityId!)).OfType<string>().ToHashSet();
        if (visited.Count != 1 || visited.First() is not { } visitedCountry || visitedCountry == EntityRegistry.CountryId(visitorCountry)) return;
        // Someone of the visited side already attends: the visit has its host, or a roll that tells none.
        if (visit.Participants.Keys.Any(id => countryOf(id) is { } c && EntityRegistry.CountryId(c) == visitedCountry)) return;
        var visitSentences = visit.Mentions.Select(m => m.Sentence.Index).ToHashSet();
        var leaders = people.Where(p => p.Iso2 is { } c && EntityRegistry.CountryId(c) == visitedCountry && p.Titles.Exists(IsLeaderTitle) &&
                                        registry.Contains(p.Id) && !visit.Absent.Contains(p.Id) && NearTheVisit(p, visitSentences))
            .GroupBy(p => p.Id).ToList();
        // One leader only: a president and a prime minister both named leave open which of them received the visitor.
        if (leaders.Count != 1) return;
        var host = leaders[0].First();
        var evidence = host.Mentions.Count > 0 ? host.Mentions[0].Sentence.Text : host.Display;
        relationships.Add("ATTENDED", host.Id, visitId, evidence, 0.6, "host", Rule);
    }

    /// <summary>
    /// The leader is named in a sentence telling the visit or in one next to it: a leader named only far from the visit is told
    /// of another matter (an earlier visit recalled, a remark from home), not as the visitor's host.
    /// </summary>
    private static bool NearTheVisit(PersonName leader, HashSet<int> visitSentences) =>
        leader.Mentions.Exists(m => visitSentences.Contains(m.Sentence.Index) || visitSentences.Contains(m.Sentence.Index - 1) ||
                                    visitSentences.Contains(m.Sentence.Index + 1));

    /// <summary>A head of state's or government's title, or "counterpart" (the visitor's peer); no deputy, aide or former holder.</summary>
    internal static bool IsLeaderTitle(string title)
    {
        var t = title.ToLowerInvariant();
        if (t.Contains("former") || t.Contains("minister of") || t.Contains("elect")) return false;
        return LeaderTitle.IsHeadOfStateOrGovernment(t) || t.Contains("counterpart") && !LeaderTitle.IsAnAidesTitle(t);
    }
}
