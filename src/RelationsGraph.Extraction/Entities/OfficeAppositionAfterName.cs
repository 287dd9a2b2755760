using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X, the US Secretary of State, said", "Y, the President of Ghana, who ...", "Z, Australia's Minister for Trade, met ...",
/// "W, President Lee's national security adviser, told ...": a name followed by a comma and an office phrase that opens
/// with a determiner or an owner's possessive and closes at a comma, full stop or relative pronoun names a person
/// holding that office (pattern: an apposition that defines the name by its office, whatever the case of its words).
/// The country is a nationality or country before the office noun, or the country after "of" ("President of Ghana").
/// </summary>
internal static class OfficeAppositionAfterName
{
    /// <summary>Words of the phrase before the office noun (modifiers such as "national security", "US", "White House").</summary>
    private const int MaxModifiers = 6;

    /// <summary>Words the possessive owner may run to ("President Yoon Suk Yeol's").</summary>
    private const int MaxOwnerWords = 5;

    public sealed record Office(string Title, bool IsOffice, string? Iso2);

    /// <summary>The office phrase starting at <paramref name="i"/> (the token after the comma), or null.</summary>
    public static Office? Read(Sentence sentence, int i, KnowledgeBase knowledge)
    {
        var tokens = sentence.Tokens;
        if (i >= tokens.Count) return null;
        string? iso = null;
        if (tokens[i].Lower is "the" or "a" or "an") i++;
        else if (OwnerEnd(tokens, i) is { } possessive)
        {
            iso = CountryOf(sentence, i, possessive - 1, knowledge);
            i = possessive + 1;
        }
        else return null;
        var start = i;
        var head = -1;
        for (; i < tokens.Count && i - start <= MaxModifiers; i++)
        {
            if (!tokens[i].IsWord && tokens[i].Text != "-") break;
            if (IsOfficeNoun(tokens[i].Lower)) head = i;
            else if (tokens[i].Text == "-") continue; // "Secretary-General"
            else if (head >= 0) break;
        }
        if (head < 0) return null;
        var end = head + 1;
        string? iso2Of = null;
        // "of Ghana", "for International Development and the Pacific", "of State": a capitalised portfolio or country after the noun.
        if (end < tokens.Count && tokens[end].Lower is "of" or "for" or "to" or "on" or "in")
        {
            var k = end + 1;
            var words = 0;
            while (k < tokens.Count && (tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Lower is "the" or "and" or "of" || tokens[k].Text == "-")) { k++; words++; }
            if (words == 0) return null;
            if (tokens[end].Lower == "of")
                iso2Of = knowledge.Lookup(sentence.Text[tokens[end + 1].Start..tokens[k - 1].End]).FirstOrDefault(e => e.Kind == GazetteerKind.Country)?.Iso2;
            end = k;
        }
        if (!ClosesApposition(tokens, end)) return null;
        iso ??= CountryOf(sentence, start, head - 1, knowledge) ?? iso2Of;
        var title = sentence.Text[tokens[start].Start..tokens[end - 1].End];
        return new Office(title, Lexicon.OfficeHolderNouns.Contains(tokens[head].Lower) || tokens[head].Lower is "representative", iso);
    }

    /// <summary>The apposition ends where the sentence goes on: a comma, a stop, a bracket, or a relative pronoun.</summary>
    private static bool ClosesApposition(IReadOnlyList<Token> tokens, int end) =>
        end >= tokens.Count || tokens[end].Text is "," or "." or ";" or ")" or ":" || tokens[end].Lower is "who" or "whose";

    /// <summary>"Australia's", "President Clinton's": capitalised words closed by a possessive; the index of the "'s".</summary>
    private static int? OwnerEnd(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i; k < tokens.Count && k - i <= MaxOwnerWords; k++)
        {
            if (tokens[k].Text is "'s" or "’s") return k > i ? k : null;
            if (!(tokens[k].IsWord && tokens[k].IsCapitalized || tokens[k].Text == "-")) return null;
        }
        return null;
    }

    /// <summary>The first country, demonym or seat of government among the words from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static string? CountryOf(Sentence sentence, int from, int to, KnowledgeBase knowledge)
    {
        var tokens = sentence.Tokens;
        for (var a = from; a <= to; a++)
        for (var b = Math.Min(to, a + 2); b >= a; b--)
        {
            if (!tokens[a].IsCapitalized) break;
            // "the Northern Ireland secretary": a country after a compass word is part of a region's name, not the office's country.
            if (a > 0 && RegionOfACountryName.IsCompassWord(tokens[a - 1].Text)) break;
            var phrase = sentence.Text[tokens[a].Start..tokens[b].End];
            var iso = OfficeCountry.ByNameOrSeat(knowledge, phrase);
            if (iso is not null) return iso;
        }
        return null;
    }

    /// <summary>The head noun of the phrase: any person noun that can name a post ("adviser", "envoy", "counterpart").</summary>
    private static bool IsOfficeNoun(string word) =>
        Lexicon.PersonNouns.Contains(word) && word is not ("member" or "student" or "victim" or "survivor" or "player" or "fellow") || word is "counterpart" or "sherpa";
}
