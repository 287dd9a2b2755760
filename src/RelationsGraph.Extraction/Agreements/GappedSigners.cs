using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Kiir signed for the government and Machar for the SPLM-IO", "X signed on behalf of Kenya and Y on behalf of Uganda": a second subject with the verb left out, known by the side
/// it signed for right after its name (the pattern: gapping repeats the verb, so the second name signed too).
/// </summary>
internal static class GappedSigners
{
    /// <summary>"for the rebels", "on behalf of Kenya": the side a signer acts for opens at <paramref name="k"/>.</summary>
    private static bool ForASide(List<Token> tokens, int k) =>
        k < tokens.Count && (tokens[k].Lower == "for" || k + 2 < tokens.Count && tokens[k].Lower == "on" && tokens[k + 1].Lower == "behalf" && tokens[k + 2].Lower == "of");

    /// <summary>"B for the United States": the name is followed by "for" and a named side (a capital or "the"), not "for his part".</summary>
    private static bool SidedNameAfter(List<Token> tokens, Mention p) =>
        p.TokenEnd + 1 < tokens.Count && tokens[p.TokenEnd].Lower == "for" && (tokens[p.TokenEnd + 1].IsCapitalized && tokens[p.TokenEnd + 1].IsWord || tokens[p.TokenEnd + 1].Lower == "the");

    /// <summary>How far a semicolon-parted item of a serial signing may stand from the verb: four signers with their offices.</summary>
    private const int SerialReach = 70;

    /// <summary>
    /// "; B, foreign minister of X, for Hanoi;": a name whose description is set off by commas before its side (the pattern:
    /// each item of a long serial signing is a name, its office, then its side). Returns where the side opens, or -1.
    /// </summary>
    private static int DescribedSide(List<Token> tokens, Mention p)
    {
        if (p.TokenEnd >= tokens.Count || tokens[p.TokenEnd].Text != ",") return -1;
        for (var k = p.TokenEnd + 1; k < tokens.Count && k <= p.TokenEnd + 16; k++)
        {
            if (tokens[k].Text is ";" or "." or ":") return -1;
            if (tokens[k].Text == ",") return ForASide(tokens, k + 1) && k + 2 < tokens.Count ? k + 1 : -1;
        }
        return -1;
    }

    /// <summary>"; B" or "; and B": the name opens an item after a semicolon, titles aside.</summary>
    private static bool SemicolonItem(List<Token> tokens, int verb, Mention p)
    {
        var k = p.TokenStart - 1;
        while (k > verb && (tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Text is "*" or "**")) k--;
        if (k > verb && tokens[k].Lower == "and") k--;
        return k > verb && tokens[k].Text == ";";
    }

    /// <summary>
    /// "X signed for Ruritania, and General B, an assistant minister, for Borduria": the name, titles aside, opens the last
    /// item after "and" (the pattern: a two-item gapped signing closed by "and" may describe its second name before its side,
    /// as a semicolon-parted item does).
    /// </summary>
    private static bool ClosingAndItem(List<Token> tokens, int verb, Mention p)
    {
        var k = p.TokenStart - 1;
        while (k > verb && tokens[k].IsCapitalized && tokens[k].IsWord) k--;
        return k > verb + 1 && tokens[k].Lower == "and" && tokens[k - 1].Text == ",";
    }

    public static IEnumerable<Mention> After(List<Token> tokens, IReadOnlyList<Mention> persons, int verb)
    {
        if (!ForASide(tokens, verb + 1)) yield break;
        foreach (var p in persons.Where(p => p.TokenStart > verb + 1 && p.TokenStart <= verb + SerialReach))
        {
            var described = DescribedSide(tokens, p);
            if (!ForASide(tokens, p.TokenEnd) && described < 0) continue;
            // Past the short reach, or with the name's description between it and its side, only an item parted by a semicolon counts.
            if ((p.TokenStart > verb + 25 || described >= 0 && !(p.TokenStart <= verb + 25 && ClosingAndItem(tokens, verb, p))) && !SemicolonItem(tokens, verb, p)) continue;
            // "and" (or a list comma) right before the name, or before its title: capitalised words ("and Vice-President Machar"),
            // or a described office of up to six words ("and the movement's chairman, Dr Y", "and the SPLM/A chairman Dr Y").
            var k = p.TokenStart - 1;
            while (k > verb && tokens[k].IsCapitalized && tokens[k].IsWord) k--;
            if (tokens[k].Lower is not ("and" or ","))
                for (var back = p.TokenStart - 1; back > verb && back >= p.TokenStart - 7 && tokens[back].Text is not ("." or ";" or ":"); back--)
                    if (tokens[back].Lower == "and") { k = back; break; }
            // "A signed for Kyiv; B for Washington; and C for London": semicolons part the items of a serial signing whose
            // items are each a name and its side, as commas do (the pattern: a long gapped list is punctuated with semicolons).
            var serial = SidedNameAfter(tokens, p) || described >= 0;
            if ((tokens[k].Lower is "and" or "," || tokens[k].Text == ";" && serial)
                && !Enumerable.Range(verb + 1, k - verb - 1).Any(j => tokens[j].Text == "." || tokens[j].Text == ";" && !serial || SigningVerb.IsAt(tokens, j)))
                yield return p;
        }
    }
}
