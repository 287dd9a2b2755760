using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Soviet President X", "the Yugoslav side": the adjective of a state of the past (a country listed without a capital) names
/// that state as any demonym names its country. Where the adjective describes what outlived the state it names no side
/// (pattern: 'former'/'ex' + adjective = the successors, "the former Soviet republics"), nor where it is the head of a longer
/// capitalised name ("the Supreme Soviet", "the Ukrainian Soviet republics") or qualifies the name of another country ("Soviet
/// Russia": that country in its earlier form), nor before a noun of its time or its end ("in Soviet times", "the Yugoslav
/// breakup": a date, not a side), nor where it qualifies things rather than people ("Soviet troops", "Soviet-built dams"): a
/// state that is gone is a side of the story only through the people who acted for it.
/// </summary>
internal static class PastStateAdjective
{
    /// <summary>Nouns of a state's period or of its end, which the adjective only dates.</summary>
    private static readonly FrozenSet<string> TimeNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "times", "era", "period", "days", "years", "past", "collapse", "breakup", "break-up", "dissolution", "demise", "fall", "disintegration",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Bodies of people acting for a state ("the Ottoman delegation was led by X", "the Prussian embassy", "the Qing side"):
    /// the adjective qualifies people there as much as before "envoy" or "minister".
    /// </summary>
    private static readonly FrozenSet<string> BodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "delegations", "embassy", "mission", "side", "court", "government", "commission",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the demonym chunk at <paramref name="k"/> belongs to a past state and here names no state.</summary>
    public static bool NamesNoState(KnowledgeBase knowledge, List<Token> tokens, List<NameChunk> chunks, int k)
    {
        var c = chunks[k];
        if (c.Entry?.Iso2 is not { } iso || knowledge.Country(iso) is not { Capitals.Count: 0 }) return false;
        if (c.Start >= 1)
        {
            var before = tokens[c.Start - 1];
            if (before.Lower is "former" or "ex" or "erstwhile") return true;
            if (before.IsWord && before.IsCapitalized && before.Lower is not ("the" or "a" or "an") && c.Start >= 2) return true;
        }
        if (c.End < tokens.Count && TimeNouns.Contains(tokens[c.End].Text)) return true;
        if (k + 1 < chunks.Count && chunks[k + 1].Start == c.End && chunks[k + 1].Kind == GazetteerKind.Country) return true;
        return !QualifiesPeople(tokens, c.End);
    }

    /// <summary>
    /// "Soviet Premier X", "the Yugoslav foreign minister", "American and Soviet officials", "the Ottoman delegation": the adjective
    /// names the state where it qualifies a name, a title, people or a body of them (a person or body noun within the next few
    /// lowercase words, past "and"-joined adjectives);
    /// before things ("Soviet troops", "Soviet energy") it tells their history and names no side of the story.
    /// </summary>
    private static bool QualifiesPeople(List<Token> tokens, int at)
    {
        while (at + 1 < tokens.Count && tokens[at].Lower is "and" or "or" && tokens[at + 1].IsCapitalized) at += 2;
        if (at >= tokens.Count || !tokens[at].IsWord) return false;
        if (tokens[at].IsCapitalized) return true;
        for (var i = at; i < tokens.Count && i < at + 3 && tokens[i].IsWord && !tokens[i].IsCapitalized; i++)
        {
            var word = tokens[i].Lower;
            if (BodyNouns.Contains(word) || Lexicon.PersonNouns.Contains(word) || word.Length > 3 && word[^1] == 's' && Lexicon.PersonNouns.Contains(word[..^1])) return true;
        }
        return false;
    }
}
