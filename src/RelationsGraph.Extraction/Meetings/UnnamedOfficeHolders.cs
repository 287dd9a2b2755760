using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The presidents of A, B and C agreed ...", "foreign ministers from A and B met", "delegations of A, B and C", "the heads
/// of state of A and B": a gathering's sides told by a plural office or delegation noun with "of" / "from" and a list of
/// countries, no person named (the pattern of news language: each listed state sent an office-holder). The listed
/// countries are sides of the meeting, and so of what it produces; no person is made for them.
/// </summary>
internal static class UnnamedOfficeHolders
{
    public const string Rule = "country whose unnamed office-holders the producing meeting's sentence lists (the presidents of A, B and C; UnnamedOfficeHolders)";

    /// <summary>Plural nouns for those a state sends to a gathering.</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "leaders", "presidents", "premiers", "heads", "ministers", "chancellors", "kings", "monarchs", "emirs",
        "delegations", "delegates", "representatives", "envoys", "negotiators",
    };

    /// <summary>The countries, two or more, that plural office nouns in the meeting's own sentences list.</summary>
    public static IEnumerable<(string Country, Sentence Sentence)> SidesOf(Meeting meeting, Func<Sentence, IEnumerable<Mention>> mentionsIn)
    {
        var seen = new HashSet<string>();
        foreach (var sentence in meeting.Mentions.Select(m => m.Sentence).DistinctBy(s => s.Index))
            foreach (var country in Listed(sentence.Tokens, mentionsIn(sentence).ToList()))
                if (seen.Add(country)) yield return (country, sentence);
    }

    /// <summary>The countries of each "office noun of/from A, B and C" of a sentence, when the list names two or more.</summary>
    internal static IEnumerable<string> Listed(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var countries = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null).OrderBy(m => m.TokenStart).ToList();
        if (countries.Count < 2) yield break;
        // "Envoys of A, B and C were present as witnesses": onlookers are no sides.
        if (tokens.Any(t => t.Lower.StartsWith("witness", StringComparison.Ordinal) || t.Lower.StartsWith("observer", StringComparison.Ordinal))) yield break;
        for (var k = 1; k < tokens.Count - 1; k++)
        {
            if (tokens[k].Lower is not ("of" or "from")) continue;
            if (!IsOfficeBefore(tokens, k)) continue;
            // The list: countries, commas, "and", "the", up to the first other word.
            var listed = new List<string>();
            var j = k + 1;
            while (j < tokens.Count)
            {
                var c = countries.FirstOrDefault(m => m.TokenStart == j);
                if (c is not null) { listed.Add(c.EntityId!); j = c.TokenEnd; continue; }
                if (tokens[j].Text is "," or "and" or "the") { j++; continue; }
                break;
            }
            // "The prime ministers of A and B, X and Y, ...": the people are named after all; they are the meeting's participants.
            var namedAfter = j < tokens.Count && tokens[j - 1].Text == "," && mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart == j);
            if (listed.Distinct().Count() >= 2 && !namedAfter)
                foreach (var id in listed.Distinct()) yield return id;
        }
    }

    /// <summary>A plural office noun ends right before "of" / "from": "presidents of", "heads of state of", "heads of state and government from".</summary>
    private static bool IsOfficeBefore(List<Token> tokens, int of)
    {
        var w = of - 1;
        // "heads of state (and government) of": step back over the office's own "of" phrase.
        if (tokens[w].Lower is "state" or "government")
        {
            if (w >= 2 && tokens[w - 1].Lower == "and" && tokens[w - 2].Lower == "state") w -= 2;
            if (w >= 2 && tokens[w - 1].Lower == "of" && tokens[w - 2].Lower == "heads") return true;
            return false;
        }
        return Offices.Contains(tokens[w].Text) && tokens[w].Lower != "heads";
    }
}
