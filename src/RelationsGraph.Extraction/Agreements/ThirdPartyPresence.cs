using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "in the presence of guarantors", "witnessed by the mediator", "observers from the AU": a sentence that names a third
/// party to a signing (the pattern: whoever guarantees, observes, witnesses or mediates is named beside the signers, not
/// among them), so a rule that reads signers from the sentence's shape alone leaves it to the verb rules.
/// </summary>
internal static class ThirdPartyPresence
{
    private static readonly FrozenSet<string> Words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "guarantor", "guarantors", "observer", "observers", "witness", "witnesses", "witnessed", "mediator", "mediators" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether any token of the sentence is a third party's word.</summary>
    public static bool NamedIn(List<Token> tokens) => TokenScan.Any(tokens, static t => Words.Contains(t.Text));
}
