using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "handed over to the Swedes", "guarantees from the Europeans", "a treaty with the Turks", "in the Tibetan highlands": a
/// people named by the plural of its noun, or an adjective of a land, is made from a known place's name ("Swed-en",
/// "Pol-and", "Turk-ey", "Europe-an", "Tibet-an") but is no place; after a locative preposition it makes no place mention
/// (pattern: history and news name the sides of a war or a talk by their peoples, "the Poles", "the Persians"). The word
/// alone is read, never the article: its stem and a few endings of land names are looked up in the gazetteer, so a plural
/// place name ("the Falklands", "the Americas") that is no people of a known land is left alone.
/// </summary>
internal static class PeopleOrAdjectiveOfAPlace
{
    private static readonly string[] LandEndings = ["n", "land", "and", "ey", "ia", "istan"];

    /// <summary>True when the one unknown word is a people's plural or a land's adjective built on a known place name.</summary>
    public static bool Names(string word, KnowledgeBase knowledge)
    {
        if (word.Length < 5 || !char.IsUpper(word[0]) || word.Contains('-') || word.Contains(' ')) return false;
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            var stem = word[..^1];                          // "Swedes" -> "Swede", "Persians" -> "Persian"
            return OfAPlace(stem, knowledge) || stem.EndsWith('e') && OfAPlace(stem[..^1], knowledge) || Adjective(stem, knowledge);
        }
        return Adjective(word, knowledge);
    }

    // "Tibetan", "Sardinian", "Kurdish", "Sudanese": an adjective ending on the stem of a known land's name.
    private static bool Adjective(string word, KnowledgeBase knowledge)
    {
        if (word.EndsWith("ian", StringComparison.Ordinal)) return Known(word[..^3] + "ia", knowledge) || Known(word[..^1], knowledge);
        if (word.EndsWith("an", StringComparison.Ordinal)) { var b = word[..^2]; return Known(b, knowledge) || Known(b + "a", knowledge) || Known(b + "e", knowledge); }
        if (word.EndsWith("ish", StringComparison.Ordinal)) { var b = word[..^3]; return Known(b, knowledge) || OfAPlace(b, knowledge); }
        if (word.EndsWith("ese", StringComparison.Ordinal)) { var b = word[..^3]; return Known(b, knowledge) || Known(b + "a", knowledge); }
        return false;
    }

    // "Swede" + "n", "Pol" + "and", "Turk" + "ey": the stem with an ending of land names is a known place.
    private static bool OfAPlace(string stem, KnowledgeBase knowledge)
    {
        if (stem.Length < 3) return false;
        foreach (var ending in LandEndings)
            if (Known(stem + ending, knowledge)) return true;
        return false;
    }

    private static bool Known(string name, KnowledgeBase knowledge) =>
        name.Length >= 4 && (PartOfTheWorld.Names([name]) ||
                             knowledge.Lookup(name).Any(e => e.Kind is GazetteerKind.Country or GazetteerKind.Capital or GazetteerKind.Place));
}
