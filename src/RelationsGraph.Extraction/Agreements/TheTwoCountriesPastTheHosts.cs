using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Iran and Saudi Arabia agreed in Beijing ... the deal commits the two countries to revive a pact they signed in 2001":
/// the host or broker of the story's talks (see <see cref="HostsOfTheStory"/>) is named often because the talks happen there,
/// so it may be one of the two most named countries; left out of the principal pair, it would leave "the two countries"
/// with one side. When a document is told with "the two countries" or "both sides", the pair is the two most named
/// countries past the hosts (the pattern: a brokered story's "the two countries" are the two parties, never the broker).
/// Only "countries" or "nations" says both are states: "both sides" of a brokered deal are as often a state and a rebel
/// movement or a people, whose other side is no country at all.
/// </summary>
internal static class TheTwoCountriesPastTheHosts
{
    /// <summary>The two most named countries that are not hosts or brokers.</summary>
    public static IReadOnlyList<string> Pair(IEnumerable<ExtractedEntity> entities, IReadOnlySet<string> hosts) =>
        entities.Where(e => e.Type == "Country" && !hosts.Contains(e.Id)).OrderByDescending(e => e.Mentions).Take(2).Select(e => e.Id).ToList();

    private static readonly string[] TwoStates = ["two countries", "both countries", "two nations", "both nations"];

    /// <summary>The countries to guess as sides: the principal pair, or, for "the two countries" when a host left it one short, the pair past the hosts.</summary>
    public static IReadOnlyList<string> Guess(Agreement agreement, IReadOnlyList<string> principal, IReadOnlyList<string> pastTheHosts) =>
        principal.Count < 2 && pastTheHosts.Count == 2 && agreement.UsesBothSides && agreement.Mentions.Any(m => m.BothSides && TwoStates.Any(p => m.Sentence.Text.Contains(p, StringComparison.OrdinalIgnoreCase)))
            ? pastTheHosts : principal;
}
