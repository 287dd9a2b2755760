using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "an envoy said Vienna wanted the text by June", "Vienna will host the next round": a capital read as its
/// government in an article that never names that state otherwise (no name of it, no adjective of it, no person of it) is
/// the city where a body sits or a thing happens, not a party the story is about (pattern: metonymy resolved by the
/// article's own cast; a state a story is about is named as a state somewhere in it). The city stays in the graph as a
/// place only as the host of a gathering ("Vienna will host the next round"); a capital that speaks, acts or is aimed at
/// ("a message for Vienna", "Vienna and Rome were watching") is the voice of a state outside the story and makes no
/// mention at all (GovernmentOutsideTheStory). Seoul and Tokyo "agreeing" in a story that names South Korea or a Japanese
/// minister keep standing for their states.
/// </summary>
internal static class CapitalWithoutItsState
{
    public const string Rule = "capital of a state the article never names (a place)";

    public static List<IReadOnlyList<Mention>> Apply(List<IReadOnlyList<Mention>> bySentence, KnowledgeBase knowledge)
    {
        HashSet<string>? named = null;
        var anyAlone = false;
        foreach (var mentions in bySentence)
            foreach (var m in mentions)
            {
                if (m.Iso2 is null) continue;
                if (IsCapitalAsGovernment(m)) anyAlone = true;
                else if (m.Kind is MentionKind.Country or MentionKind.Person) (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Iso2);
            }
        if (!anyAlone) return bySentence;
        bool Unnamed(Mention m) => IsCapitalAsGovernment(m) && named?.Contains(m.Iso2!) != true;
        return bySentence.Select(mentions => mentions.Any(Unnamed)
            ? (IReadOnlyList<Mention>)mentions.Where(m => !Unnamed(m) || !GovernmentOutsideTheStory.Voices(m))
                .Select(m => Unnamed(m) ? AsPlace(m, knowledge) : m).ToList()
            : mentions).ToList();
    }

    private static bool IsCapitalAsGovernment(Mention m) => m.Kind == MentionKind.Country && m.IsGovernment;

    private static Mention AsPlace(Mention m, KnowledgeBase knowledge) => new()
    {
        Kind = MentionKind.Place, Sentence = m.Sentence, TokenStart = m.TokenStart, TokenEnd = m.TokenEnd, Surface = m.Surface,
        Canonical = knowledge.Lookup(m.Surface).FirstOrDefault(e => e.Kind == GazetteerKind.Capital)?.Canonical ?? m.Surface,
        Iso2 = m.Iso2, Rule = Rule,
    };
}
