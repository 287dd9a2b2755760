using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "signed under Belvarian mediation", "a text Tarvian mediators drew up", "with Ostrel's facilitation", "under Belvarian
/// auspices": a country (mostly its people's adjective) that directly qualifies a mediator's noun names who stood between
/// the sides, not a side bound by the document (the pattern: a nation's word before "mediation" tells the broker, as
/// "mediated by X" does after the verb).
/// </summary>
internal static class MediatorsNation
{
    private static readonly FrozenSet<string> MediatorNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mediation", "mediator", "mediators", "facilitation", "facilitator", "facilitators", "auspices",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool At(List<Token> tokens, Mention country)
    {
        var k = country.TokenEnd;
        // "Belvaria's mediation": the possessive between the name and the noun.
        if (k < tokens.Count && tokens[k].Lower is "'s" or "’s" or "'") k++;
        return k < tokens.Count && MediatorNouns.Contains(tokens[k].Text);
    }
}
