using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "X also spoke on Monday with the Danish foreign minister, Y", "he had spoken with Z on Thursday evening": speaking with a named person is a conversation between the two (a call or a talk), one more encounter of the
/// story's round of contacts (pattern: speak with + person). Only with a person named right after "with", led by title
/// words, so that "spoke with reporters" or "spoke with confidence" tell none; "spoke to" is left alone, as it as often
/// tells addressing an audience or passing on a message.
/// </summary>
internal static class SpokeWithSomeone
{
    public static readonly string[] Verbs = ["spoke", "spoken", "speak", "speaks"];
    private const int AdjunctReach = 3; // "spoke briefly on Saturday with": words between the verb and its preposition
    private const int TitleReach = 8;   // title words before the name: "with the Danish foreign minister, Y"

    private static readonly FrozenSet<string> TitleWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "his", "her", "their", "its", "prime", "minister", "president", "secretary", "general", "foreign", "chancellor", "premier",
        "counterpart", "first", "deputy", "vice", "state", "king", "queen", "leader", "'s", "’s", ",",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        Verbs.Contains(tokens[i].Lower) && PersonAfterWith(tokens, i, mentions);

    /// <summary>"with" within a few words after <paramref name="i"/> and a person named right after it, led only by title words.</summary>
    internal static bool PersonAfterWith(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        var prep = -1;
        for (var k = i + 1; k < tokens.Count && k <= i + 1 + AdjunctReach; k++)
        {
            if (tokens[k].Lower == "with") { prep = k; break; }
            if (!tokens[k].IsWord || tokens[k].Lower is "of" or "about" or "at" or "for" or "in") return false;
        }
        if (prep < 0) return false;
        var person = mentions.FirstOrDefault(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart > prep && p.TokenStart - prep <= TitleReach);
        if (person is null) return false;
        // Only title words, capitalised words and an apposition's comma between the preposition and the name.
        for (var k = prep + 1; k < person.TokenStart; k++)
            if (!(tokens[k].IsCapitalized && tokens[k].IsWord || TitleWords.Contains(tokens[k].Lower))) return false;
        // "spoke with Y's adviser": the person owns whom was spoken to.
        return person.TokenEnd >= tokens.Count || tokens[person.TokenEnd].Text is not ("'s" or "’s");
    }
}
