using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Delegates recalled the 1975 Georgetown Agreement", "the text builds on the Paris Agreement": a document the story neither
/// reports made (signed, agreed, issued) nor ties to "the two countries" is cited background, and whose it is the text does
/// not say. It is taken to be the article's two principal countries' only in a story whose cast of states is small (the pair
/// and at most one more, a host or a mediator); a story naming four or more states cites documents of many others (the
/// pattern: the wider a story's cast of states, the weaker the guess that a document it only recalls is the principal pair's).
/// </summary>
internal static class RecalledDocumentOfAWideStory
{
    /// <summary>The most states a story may name for a document it only recalls to be taken as its principal pair's.</summary>
    private const int FewStates = 3;

    /// <summary>The number of states the story names, counted once per article.</summary>
    public static int StatesNamed(IEnumerable<ExtractedEntity> entities) => entities.Count(e => e.Type == "Country");

    /// <summary>Whether the document is only recalled (no mention tells it made) in a story naming more than a few states.</summary>
    public static bool Holds(Agreement agreement, int statesNamed) =>
        statesNamed > FewStates && !agreement.Mentions.Any(m => m.Concluded || m.SpokenIn);
}
