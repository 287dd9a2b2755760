using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X was named Ruritania's ambassador in Y", "a decree appointing X as Ruritania's envoy to Z": news of an appointment puts
/// the person and the post a country owns on either side of the appointing verb (pattern: a person appointed to a country's
/// post serves that country). A person with no country so appointed takes the country whose possessive owns the post.
/// </summary>
internal static class AppointedToACountrysPost
{
    /// <summary>Verbs of appointment, in the forms that stand after the name ("was named") or before it ("naming X as").</summary>
    private static readonly FrozenSet<string> AppointingVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "named", "appointed", "nominated", "naming", "appointing", "nominating", "name", "appoint", "nominate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Auxiliaries that may stand between the name and a passive appointing verb ("has been named").</summary>
    private static readonly FrozenSet<string> Auxiliaries = new HashSet<string>(StringComparer.Ordinal)
    {
        "was", "is", "has", "had", "have", "been", "be", "will", "would", "being", "to",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most lower-case words of the post ("deputy permanent representative").</summary>
    private const int MaxPostWords = 4;

    /// <summary>Gives each person with no country appointed to a country's post that country; returns them.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions) =>
        UnplacedOfficials.PlaceAtPost(people, mentions, PostAfter, "appointed to a country's post");

    /// <summary>The country and post words after "NAME was named" or "naming NAME as", or null.</summary>
    private static (string Iso2, string Title)? PostAfter(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var k = m.TokenEnd;
        if (m.TokenStart > 0 && AppointingVerbs.Contains(tokens[m.TokenStart - 1].Lower))
        {
            // "naming X as Ruritania's envoy", "appointed X as": the active form needs its "as".
            if (k >= tokens.Count || tokens[k].Lower != "as") return null;
            k++;
        }
        else
        {
            var aux = 0;
            while (k < tokens.Count && aux < 3 && Auxiliaries.Contains(tokens[k].Lower)) { k++; aux++; }
            if (aux == 0 || k >= tokens.Count || !AppointingVerbs.Contains(tokens[k].Lower)) return null;
            k++;
            if (k < tokens.Count && tokens[k].Lower == "as") k++;
        }
        if (k < tokens.Count && tokens[k].Lower == "the") k++;
        var country = sentence.FirstOrDefault(c => c.Kind == MentionKind.Country && !c.IsDemonym && c.Iso2 is not null && c.TokenStart == k);
        if (country is null || country.TokenEnd >= tokens.Count || tokens[country.TokenEnd].Text is not ("'s" or "’s")) return null;
        var from = country.TokenEnd + 1;
        for (var j = from; j < tokens.Count && j - from < MaxPostWords && tokens[j].IsWord && !tokens[j].IsCapitalized; j++)
            if (Lexicon.OfficeHolderNouns.Contains(tokens[j].Lower) || tokens[j].Lower is "representative" or "negotiator")
                return (country.Iso2!, string.Join(' ', tokens.Skip(from).Take(j - from + 1).Select(t => t.Text)));
        return null;
    }
}
