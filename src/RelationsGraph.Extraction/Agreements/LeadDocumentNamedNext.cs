using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Presidents of Arvelia and Tormund reach deal on river tolls", then "The two presidents signed a twelve-point joint
/// declaration in Korvan on Friday": a headline or lead tells the story's document by a general noun (agreement, deal,
/// accord, pact) and the next sentences name it precisely, by its kind or title, with its signers (the pattern: the lead
/// gives the gist, the body the instrument). The general document is merged into the first document the story makes after
/// it when nothing tells them apart: no title, topic or signers of its own, no "another"/"separate", no other year or
/// meeting, and the precise one comes within the next few sentences.
/// </summary>
internal static class LeadDocumentNamedNext
{
    private const int Reach = 3;

    public static void Apply(List<Agreement> agreements, Func<Sentence, bool> isHeadlineOrLead)
    {
        foreach (var general in agreements.ToList())
        {
            if (!agreements.Contains(general) || !IsGeneralStoryDocument(general, isHeadlineOrLead)) continue;
            var first = general.Mentions[0];
            var next = agreements.Where(a => a != general && a.Mentions.Count > 0 && After(a.Mentions.Min(Position), Position(first)))
                .OrderBy(a => a.Mentions.Min(Position)).FirstOrDefault();
            if (next is null || next.Mentions.Min(m => m.Sentence.Index) > first.Sentence.Index + Reach) continue;
            if (!IsMadeWithSigners(next) || general.Year is { } y && next.Year is { } z && y != z) continue;
            if (general.ProducedBy is not null && next.ProducedBy is not null && general.ProducedBy != next.ProducedBy) continue;
            AgreementClusterer.Merge(next, general, agreements);
        }
    }

    private static (int Sentence, int Token) Position(AgreementMention m) => (m.Sentence.Index, m.TokenStart);

    private static bool After((int Sentence, int Token) a, (int Sentence, int Token) b) => a.Sentence > b.Sentence || a.Sentence == b.Sentence && a.Token > b.Token;

    private static bool IsGeneralStoryDocument(Agreement a, Func<Sentence, bool> isHeadlineOrLead) =>
        a.Title is null && !NamesASubject(a.Topic) && a.Signatories.Count == 0 && a.SigningOffices.Count == 0 && a.Mentions.Count > 0
        && isHeadlineOrLead(a.Mentions[0].Sentence) && a.Mentions[0].Concluded && IsGeneralNoun(a.Mentions[0])
        && a.Mentions.All(m => !m.Recalled && !m.Upheld && !m.NotMade && !m.SetApart && !m.ListItem && !m.SetMember && (m.Definite || IsGeneralNoun(m)));

    /// <summary>
    /// "a deal on fishing rights", "an accord to cut tariffs" name a subject of their own; "the agreement, to its people" or
    /// "a pact on inauguration night" only trail a recipient or a time after the noun (the pattern: a topic is a matter, not a
    /// time or a receiver).
    /// </summary>
    private static bool NamesASubject(string? topic)
    {
        if (topic is null) return false;
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return true;
        if (words[0].Equals("to", StringComparison.OrdinalIgnoreCase) && words[1].ToLowerInvariant() is "the" or "its" or "their" or "his" or "her" or "a" or "an") return false;
        if (words[0].Equals("on", StringComparison.OrdinalIgnoreCase) && (words[^1].ToLowerInvariant() is "night" or "day" or "morning" or "evening" or "afternoon" or "eve" || Months.Parse(words[1]) is not null)) return false;
        return true;
    }

    private static bool IsMadeWithSigners(Agreement a) =>
        a.Signatories.Count > 0 && a.Mentions.Any(m => m.Concluded && !m.Recalled && !m.Upheld && !m.NotMade)
        && a.Mentions.All(m => !m.SetApart && !m.ListItem && !m.SetMember && !IsMemorandum(m));

    private static bool IsGeneralNoun(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower is "agreement" or "accord" or "deal" or "pact";

    private static bool IsMemorandum(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower is "memorandum" or "understanding" or "mou";
}
