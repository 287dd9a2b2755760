using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The hall is painted with scenes of the Treaty of Korvala": a landmark treaty, a venue's past or a model a story only
/// recalls (none of its mentions tells it made in the story) and whose sentences name no side is the principal pair's only
/// where the text sets the pair beside it. A principal country named (or whose people are named) in the document's paragraph
/// or the sentence right before or after it stays a guessed side; one named nowhere near it does not (the pattern: a story
/// recalls the old treaties of its two states beside those states, "Nepal first sought power in the 1990s; the 1961 treaty still rules it",
/// while a treaty recalled as a landmark, a venue's past or a model stands apart from them). Only the mentions of the
/// document's own paragraphs and their neighbouring sentences are read.
/// </summary>
internal static class PrincipalNamedNearARecalledDocument
{
    /// <summary>Whether the document is only recalled: no mention tells it made (concluded, signed, issued) in the story.</summary>
    public static bool Recalled(Agreement agreement) => !agreement.Mentions.Any(m => m.Concluded || m.SpokenIn);

    /// <summary>Whether the country (a "country:xx" id) or one of its people is named in a paragraph of the document or in a sentence next to one of its sentences.</summary>
    /// <param name="personCountry">The resolved country (ISO code) of a person entity id, if any.</param>
    public static bool NamedNear(Agreement agreement, string country, IReadOnlyList<Sentence> sentences, Func<Sentence, IEnumerable<Mention>> mentionsIn,
        Func<string, string?> personCountry)
    {
        foreach (var index in agreement.Mentions.SelectMany(m => Near(m.Sentence, sentences)).Distinct())
        {
            foreach (var m in mentionsIn(sentences[index]))
                if (m.Kind is MentionKind.Country or MentionKind.Person
                    && (m.EntityId == country || m.Iso2 is { } iso && EntityRegistry.CountryId(iso) == country
                        || m.Kind == MentionKind.Person && m.EntityId is { } person && personCountry(person) is { } own && EntityRegistry.CountryId(own) == country)) return true;
        }
        return false;
    }

    /// <summary>The indexes of the sentence's own paragraph and of the sentences right before and after it.</summary>
    private static IEnumerable<int> Near(Sentence sentence, IReadOnlyList<Sentence> sentences)
    {
        var first = sentence.Index;
        while (first > 0 && sentences[first - 1].Paragraph == sentence.Paragraph) first--;
        var last = sentence.Index;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentence.Paragraph) last++;
        for (var i = Math.Max(0, Math.Min(first, sentence.Index - 1)); i <= Math.Min(sentences.Count - 1, Math.Max(last, sentence.Index + 1)); i++) yield return i;
    }
}
