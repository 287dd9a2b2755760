using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>A grouping named only as the qualifier of an official or of an act of mediation, not as the host of a gathering.</summary>
internal static class QualifyingGrouping
{
    /// <summary>
    /// "the EU's foreign policy chief", "EU envoy X", "an EU-brokered dialogue": the grouping qualifies one official
    /// or an act of mediation, so the gathering is not the grouping's own summit. Plural nouns ("NATO leaders' summit") still are.
    /// </summary>
    public static bool Of(List<Token> tokens, Mention bloc)
    {
        if (MembersOfAGrouping.QualifiesOneMember(tokens, bloc)) return true;
        var k = bloc.TokenEnd;
        if (k < tokens.Count && tokens[k].Text is "'s" or "’s") k++;
        if (k + 1 < tokens.Count && tokens[k].Text is "-" or "–" && tokens[k + 1].Lower is "brokered" or "facilitated" or "mediated" or "led" or "backed" or "sponsored") return true;
        for (var j = k; j < Math.Min(tokens.Count, k + 3); j++)
        {
            var parts = tokens[j].Lower.Split('-');
            if (parts.Any(p => Lexicon.PersonNouns.Contains(p))) return true;
            if (!tokens[j].IsWord) break;
        }
        return false;
    }
}
