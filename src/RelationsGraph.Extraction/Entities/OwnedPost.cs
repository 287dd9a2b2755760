using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X, the President's national security adviser, said", "Y, the transitional government's foreign minister", "Z, the UN
/// Secretary-General's special representative", "W, the rebel group's deputy": an apposition that gives a name the post it
/// holds under an owner (a leader, a body, a movement) defines a person, as news writes of an official it introduces once
/// (pattern: determiner + owner's possessive + post). The owner may be any words, capitalised or not ("the movement's"), and
/// a post that only an owner makes one ("deputy", "second-in-command") counts after a possessive only.
/// </summary>
internal static class OwnedPost
{
    /// <summary>Words the owner may run to ("the U.N. Secretary-General's", "the transitional government's").</summary>
    private const int MaxOwnerWords = 5;

    /// <summary>Posts held under someone, which name an office only with their owner: "Varsk's deputy", "the group's second-in-command".</summary>
    public static bool IsPostOfAnOwner(string word) => word is "deputy" or "second-in-command" or "undersecretary" or "under-secretary" or "chair";

    /// <summary>The index of the possessive "'s" closing an owner that starts at <paramref name="i"/> (after the determiner), or null.</summary>
    public static int? OwnerEnd(List<Token> tokens, int i)
    {
        for (var k = i; k < tokens.Count && k - i <= MaxOwnerWords; k++)
        {
            if (tokens[k].Text is "'s" or "’s") return k > i ? k : null;
            // "the rebels' second-in-command", "the Emirates' Minister of State": the bare apostrophe of a plural owner.
            if (tokens[k].Text is "'" or "’" && k > i && tokens[k - 1].Lower.EndsWith('s')) return k;
            // "U.N.", "Secretary-General": abbreviations and hyphened words; a comma, clause word or verb ends the search.
            if (!(tokens[k].IsWord || tokens[k].Text is "-" or ".") || tokens[k].Lower is "who" or "whose" or "which" or "that" or "and" or "or" or "of" or "in") return null;
        }
        return null;
    }

    /// <summary>
    /// "X, one of its priests, said", "Y, one of the movement's regional commanders", "Z, one of the senior party leaders": an
    /// apposition counting the name among the holders of a post shows a person as the post itself does (pattern: "one of" +
    /// owner + plural person noun, closing the apposition). Membership of a group of many holds no office for a country, so the
    /// title given is no office and names no country.
    /// </summary>
    public static OfficeAppositionAfterName.Office? OneOfItsHolders(Sentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (i + 2 >= tokens.Count || tokens[i].Lower != "one" || tokens[i + 1].Lower != "of") return null;
        var k = i + 2;
        if (tokens[k].Lower is "the" or "its" or "his" or "her" or "their") k++;
        if (k < tokens.Count && OwnerEnd(tokens, k) is { } owner) k = owner + 1;
        for (var m = k; m < tokens.Count && m - k <= MaxOwnerWords; m++)
        {
            if (!tokens[m].IsWord) return null;
            var w = tokens[m].Lower;
            if (w.Length <= 3 || !w.EndsWith('s') || !IsHolderNoun(w[..^1])) continue;
            var close = m + 1;
            if (close < tokens.Count && tokens[close].Text is not ("," or "." or ";" or ")" or ":") && tokens[close].Lower is not ("who" or "whose")) return null;
            return new OfficeAppositionAfterName.Office(sentence.Text[tokens[k].Start..tokens[m].End], false, null);
        }
        return null;
    }

    /// <summary>A person noun a group of holders is counted by ("priests", "commanders", "leaders"); "members" counts any group.</summary>
    private static bool IsHolderNoun(string singular) => Lexicon.PersonNouns.Contains(singular) && singular is not ("member" or "fellow");
}
