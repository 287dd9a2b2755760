using RelationsGraph.Extraction.Agreements;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Premier To Discuss Trade With Neighbour", "Mayor to Host Visiting Governor in State Visit", "Leaders Sign up to Closer
/// Ties": a headline set in title case capitalises every longer word, so its verbs and common nouns read like names after a
/// title or a locative. A name the knowledge does not know, read only from such a headline, is one of those words when none of
/// its words is written capitalised anywhere in the body: a real name the headline gives is told again in the story (pattern:
/// title-case headings capitalise common words; the body writes names, and only names, with capitals).
/// </summary>
internal static class TitleCaseHeadlineWords
{
    public static List<IReadOnlyList<Mention>> Apply(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> bySentence)
    {
        HashSet<int>? headlines = null;
        // The lines before the story's first sentence: a headline line once a full sentence has been told is a list's line.
        foreach (var s in sentences)
        {
            if (!AgreementClusterer.IsHeadline(s)) break;
            if (IsTitleCase(s.Tokens)) (headlines ??= []).Add(s.Index);
        }
        if (headlines is null) return bySentence;
        if (!bySentence.Any(ms => ms.Any(m => headlines.Contains(m.Sentence.Index) && IsUnknown(m)))) return bySentence;
        // Every word the body writes with a capital, in any case form ("Rinne", "RINNE" in a headline).
        var capitalised = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in sentences)
        {
            if (headlines.Contains(s.Index)) continue;
            foreach (var t in s.Tokens)
                if (t.IsWord && t.IsCapitalized) capitalised.Add(t.Text);
        }
        bool Common(Mention m) =>
            headlines.Contains(m.Sentence.Index) && IsUnknown(m) &&
            !m.Sentence.Tokens.Skip(m.TokenStart).Take(m.TokenEnd - m.TokenStart).Any(t => t.IsWord && capitalised.Contains(t.Text));
        return bySentence.Select(mentions => mentions.Any(Common) ? (IReadOnlyList<Mention>)mentions.Where(m => !Common(m)).ToList() : mentions).ToList();
    }

    /// <summary>A name the knowledge does not hold: no canonical name, not a demonym, and no country unless a person's nationality.</summary>
    private static bool IsUnknown(Mention m) => m.Canonical is null && (m.Kind == MentionKind.Person || m.Iso2 is null) && !m.IsDemonym && !m.IsNominal;

    /// <summary>Every word of four letters or more starts with a capital, and there are at least three of them.</summary>
    internal static bool IsTitleCase(List<Token> tokens)
    {
        var longer = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord || t.Text.Length < 4 || !char.IsLetter(t.Text[0])) continue;
            if (!t.IsCapitalized) return false;
            longer++;
        }
        return longer >= 3;
    }
}
