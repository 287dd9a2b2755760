using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "President A and the rebel leader B signed the accord at talks hosted by C, with D and E looking on": when two or more
/// signers are named and only one state stands behind them, the others sign for a side that is no state (an armed
/// movement, a faction, a bloc's commission). The document's sides are then that state and those non-state sides, not the
/// meeting's hosts, mediators and guests (the pattern: the people who put their names to a text tell all its sides; a
/// signer without a state is a side of its own, not a gap for the meeting's other countries to fill).
/// </summary>
internal static class SignersWithANonStateSide
{
    /// <summary>
    /// True when at least two signers are named (not told apart from the document, unless told signing for a side), exactly one state is among their
    /// countries, and at least one of them has no country at all.
    /// </summary>
    public static bool Holds(Agreement agreement, IReadOnlyList<PersonName> people, Func<string, bool> known)
    {
        var signers = agreement.Signatories.Keys.Where(k => (!agreement.SignedApart.Contains(k) || agreement.SignedForASide.Contains(k)) && known(k)).ToList();
        if (signers.Count < 2) return false;
        string? state = null;
        var stateless = 0;
        foreach (var id in signers)
        {
            var iso = people.FirstOrDefault(p => p.Id == id)?.Iso2;
            if (iso is null) { stateless++; continue; }
            if (state is not null && state != iso) return false;
            state = iso;
        }
        return state is not null && stateless > 0;
    }
}
