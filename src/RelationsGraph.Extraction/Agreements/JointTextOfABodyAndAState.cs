using System.Collections.Frozen;
using RelationsGraph.Extraction.Entities;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The Union and Tarvia issued a joint statement on their ties": a joint text whose making verb has for its subject one
/// organisation coordinated with one state is that pair's, so the state is its only state side, whoever else sat at the
/// summit where it was made (the pattern: at a gathering of many states, a side text is told with its own issuers).
/// </summary>
internal static class JointTextOfABodyAndAState
{
    private static readonly FrozenSet<string> MakingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "issued", "released", "adopted", "agreed", "signed", "published", "reached", "initialled", "initialed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far before the document its verb may stand ("issued a new joint statement").</summary>
    private const int VerbReach = 4;

    /// <summary>The country id of the state coordinated with an organisation as the subject of the verb that made the joint text; null when none.</summary>
    public static string? State(Agreement agreement, Func<Text.Sentence, IEnumerable<Mention>> mentionsIn)
    {
        if (agreement.Kind != "joint_statement" && !agreement.Joint) return null;
        foreach (var m in agreement.Mentions)
        {
            var tokens = m.Sentence.Tokens;
            var verb = -1;
            for (var k = m.TokenStart - 1; k >= Math.Max(0, m.TokenStart - VerbReach); k--)
                if (MakingVerbs.Contains(tokens[k].Lower)) { verb = k; break; }
            if (verb < 0) continue;
            var subject = mentionsIn(m.Sentence).Where(x => x.TokenEnd <= verb).OrderByDescending(x => x.TokenStart).Take(2).ToList();
            if (subject.Count < 2 || subject[0].TokenEnd != verb || !JoinedByAnd(tokens, subject[1].TokenEnd, subject[0].TokenStart)) continue;
            var country = subject.FirstOrDefault(x => x.Kind == MentionKind.Country && !x.IsDemonym && x.EntityId is not null);
            if (country is null || !subject.Any(x => x.Kind == MentionKind.Organization)) continue;
            // The pair opens its clause: "The Union and Tarvia issued", ", and the Union and Tarvia issued".
            var open = subject[1].TokenStart;
            if (open > 0 && tokens[open - 1].Lower == "the") open--;
            if (open > 0 && tokens[open - 1].IsWord && tokens[open - 1].Lower is not ("and" or "but" or "then")) continue;
            return country.EntityId;
        }
        return null;
    }

    /// <summary>Whether only "and" or "and the" stands between the two names.</summary>
    private static bool JoinedByAnd(List<Text.Token> tokens, int firstEnd, int secondStart) =>
        secondStart - firstEnd is 1 or 2 && tokens[firstEnd].Lower == "and" && (secondStart - firstEnd == 1 || tokens[firstEnd + 1].Lower == "the");
}
