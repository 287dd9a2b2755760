using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The pact between A and B ... was also signed by C's foreign minister", "X signed for A, Y for B; Z and W signed for C and D":
/// a state whose representative put a signature to a document is bound by it, whatever narrower list of sides the text gave
/// first (the pattern: a signature is given for a state, so every signer's state is a party). Applied once every signer is
/// known (named, a meeting's group, documents signed together); a witness signs no document here (see SignedAsWitness), and a
/// mediator, facilitator, envoy or observer of the meeting (see ThirdPartyPeople) binds no state even when the text names them
/// as a signer ("the mediator, Kenya's president, also signed the accord"; "countersigned as facilitator"): his signature
/// vouches for a text he brokered, so the country of his office is no side of it (he still counts as a signer).
/// </summary>
internal static class SignersBindTheirStates
{
    public const string Rule = "the state of a person who signed the document (SignersBindTheirStates)";

    public static void Add(IReadOnlyList<Agreement> agreements, EntityRegistry registry, RelationshipSet relationships, IReadOnlySet<string>? thirdParties)
    {
        var ids = agreements.Select(a => a.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0) return;
        var backers = agreements.Where(a => a.Id is not null && a.SignedForBackers.Count > 0).GroupBy(a => a.Id!).ToDictionary(g => g.Key, g => g.SelectMany(a => a.SignedForBackers).ToHashSet(), StringComparer.Ordinal);
        var all = relationships.All;
        List<(string Country, string Agreement, string Evidence)>? added = null;
        for (var i = 0; i < all.Count; i++)
        {
            var signed = all[i];
            if (signed.Type != "SIGNED" || !ids.Contains(signed.To)) continue;
            if (thirdParties?.Contains(signed.From) == true) continue;
            // "X signed on behalf of the Troika": a signer for the backers binds no state (see SignersForTheirSides).
            if (backers.TryGetValue(signed.To, out var forBackers) && forBackers.Contains(signed.From)) continue;
            for (var j = 0; j < all.Count; j++)
            {
                var represents = all[j];
                if (represents.Type == "REPRESENTS" && represents.From == signed.From && represents.To.StartsWith("country:", StringComparison.Ordinal) && registry.Contains(represents.To))
                    (added ??= []).Add((represents.To, signed.To, signed.Evidence));
            }
        }
        foreach (var (country, agreement, evidence) in added ?? [])
            relationships.Add("PARTY_TO", country, agreement, evidence, 0.75, rule: Rule);
    }
}
