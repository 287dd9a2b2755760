using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Ruritania's chief envoy at Lindau was Count A", "The Vestrian plenipotentiaries were A and B", "For Ruritania it was A":
/// history writing often names a side's agent by identifying a country's post with its holder through a copula, the post
/// first and the name after "was"/"were" (pattern: the holder of a country's post acts for that country). A person with
/// no country so identified takes the country whose possessive or adjective owns the post.
/// </summary>
internal static class CountrysAgentIdentified
{
    /// <summary>Nouns of an agent acting for a country, beyond the office holders of the lexicon.</summary>
    private static readonly FrozenSet<string> AgentNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "envoys", "representative", "representatives", "negotiator", "negotiators", "plenipotentiary", "plenipotentiaries",
        "delegate", "delegates", "signatory", "signatories", "commissioner", "commissioners", "ambassadors",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most lower-case words of the post before its noun ("chief", "first", "senior").</summary>
    private const int MaxModifierWords = 3;

    /// <summary>Most capitalised title words between the copula and the name ("Lieutenant-General", "Count").</summary>
    private const int MaxTitleWords = 2;

    /// <summary>Most words of a place phrase between the post and the copula ("in Lindau", "at the congress").</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>Gives each person with no country named as the holder of a country's post that country; returns them.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions) =>
        UnplacedOfficials.PlaceAtPost(people, mentions, PostBefore, "identified with a country's post ('X's envoy was Y')");

    /// <summary>The country and post of "COUNTRY's POST was NAME" or "For COUNTRY it was NAME", or null.</summary>
    private static (string Iso2, string Title)? PostBefore(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var start = FirstOfItsList(m, sentence);
        var w = start - 1;
        // Title words the name may not have taken in ("was General A", "was Count A").
        for (var t = 0; t < MaxTitleWords && w >= 0 && tokens[w].IsWord && tokens[w].IsCapitalized && tokens[w].Lower is not ("was" or "were"); t++) w--;
        if (w >= 0 && tokens[w].Lower == "the") w--;
        if (w < 1 || tokens[w].Lower is not ("was" or "were")) return null;
        // "For Ruritania it was A": the fronted side at the sentence's start.
        if (tokens[w - 1].Lower == "it")
        {
            var k = 0;
            if (k < tokens.Count && tokens[k].Lower != "for") return null;
            k++;
            if (k < tokens.Count && tokens[k].Lower == "the") k++;
            var side = sentence.FirstOrDefault(c => c.Kind == MentionKind.Country && !c.IsDemonym && c.Iso2 is not null && c.TokenStart == k);
            if (side is null) return null;
            var after = side.TokenEnd;
            if (after < tokens.Count && tokens[after].Text == ",") after++;
            return after == w - 1 ? (side.Iso2!, "representative") : null;
        }
        // The post's noun, perhaps followed by a short place phrase ("in Lindau", "at the congress").
        for (var j = w - 1; j >= 1 && w - 1 - j <= MaxPlaceWords; j--)
        {
            if (!tokens[j].IsWord || tokens[j].IsCapitalized) continue;
            var noun = tokens[j].Lower;
            if (!Lexicon.OfficeHolderNouns.Contains(noun) && !AgentNouns.Contains(noun)) continue;
            if (j + 1 < w && tokens[j + 1].Lower is not ("in" or "at" or "to")) return null;
            var from = j;
            while (from - 1 >= 0 && j - from < MaxModifierWords && tokens[from - 1].IsWord && !tokens[from - 1].IsCapitalized && tokens[from - 1].Lower != "the")
                from--;
            var title = string.Join(' ', tokens.Skip(from).Take(j - from + 1).Select(t => t.Text));
            // "Ruritania's envoy": the possessive country; "the Vestrian envoy": the adjective right before the post.
            var owner = sentence.FirstOrDefault(c => c.Kind == MentionKind.Country && c.Iso2 is not null &&
                ((!c.IsDemonym && c.TokenEnd == from - 1 && tokens[c.TokenEnd].Text is "'s" or "’s") || (c.IsDemonym && c.TokenEnd == from)));
            return owner is null ? null : (owner.Iso2!, title);
        }
        return null;
    }

    /// <summary>The first token of the "A and B" / "A, B and C" list of people the mention closes or starts.</summary>
    private static int FirstOfItsList(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var start = m.TokenStart;
        while (true)
        {
            var s = start;
            if (s < 2) return start;
            var before = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o.TokenEnd + 1 == s &&
                                                      tokens[s - 1].Lower is "and" or ",");
            if (before is null) return start;
            start = before.TokenStart;
        }
    }
}
