using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the signing of a memorandum by the Republic of X", "the protocol, signed by X and Y": a country after "by" as the agent
/// of a signing is the side that signs the document, so the people of the meeting where it was discussed do not make their
/// countries its sides (the pattern: the agent of the signing names its side).
/// </summary>
internal static class SignedByACountry
{
    /// <summary>Country ids named as the agent of the signing of the document from <paramref name="start"/> to <paramref name="afterName"/>.</summary>
    public static List<string> At(List<Token> tokens, IReadOnlyList<Mention> mentions, int start, int afterName)
    {
        // "the signing of a memorandum by X": the noun of the act before the document.
        var signing = start >= 2 && tokens[start - 1].Lower == "of" && tokens[start - 2].Lower is "signing" or "signature";
        var k = afterName;
        // "the protocol, signed by X", "the protocol was signed by X": the participle or passive right after the document.
        if (!signing)
        {
            if (k < tokens.Count && tokens[k].Text == ",") k++;
            if (k < tokens.Count && tokens[k].Lower is "was" or "were") k++;
            if (k >= tokens.Count || tokens[k].Lower != "signed") return [];
            k++;
        }
        if (k >= tokens.Count || tokens[k].Lower != "by") return [];
        var countries = new List<string>();
        for (k++; k < tokens.Count;)
        {
            if (tokens[k].Lower == "the") k++;
            var at = k;
            // A country that owns the signer ("by X's foreign minister") is the signer's; the person is read apart.
            if (mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.EntityId is not null && m.TokenStart == at) is not { } country ||
                country.TokenEnd < tokens.Count && tokens[country.TokenEnd].Text is "'s" or "’s" or "'" or "’") break;
            if (!countries.Contains(country.EntityId!)) countries.Add(country.EntityId!);
            k = country.TokenEnd;
            if (k + 1 < tokens.Count && tokens[k].Lower is "and" or ",") k++;
            else break;
        }
        return countries;
    }
}
