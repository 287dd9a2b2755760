using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// Phone calls told with "call" alone, no "phone" beside it: the verb with a person as its object ("X, who had called Y on
/// Monday", "X calls Y to congratulate him") and the noun with its other party ("in a call with Y", "calls between the two")
/// (pattern: a call between people named by its bare verb or noun).
/// </summary>
internal static class CallReference
{
    private const int TitleReach = 4; // "called Israeli Prime Minister Y": title words before the name

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        IsCallingSomeone(tokens, i, mentions) || IsCallWithSomeone(tokens, i);

    /// <summary>"called Y", "calls Y on Tuesday": the verb whose object is a person, and not "called Y a liar" (naming Y).</summary>
    private static bool IsCallingSomeone(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower is not ("called" or "calls" or "rang")) return false;
        if (i > 0 && tokens[i - 1].Lower is "was" or "were" or "is" or "are" or "be" or "been" or "being") return false; // "was called X": a name given
        var person = PersonCalled(tokens, i, mentions);
        if (person is null) return false;
        if (person.TokenEnd >= tokens.Count) return true;
        var after = tokens[person.TokenEnd];
        // "called Y a traitor", "called Y's plan", "called Y “reckless”": the verb names or judges, it does not dial.
        if (after.Lower is "a" or "an" or "the" or "'s" or "’s" or "his" or "her" or "their" or "its" or "as" or "\"" or "“" or "‘" or "'") return false;
        return !after.IsWord || after.IsCapitalized || after.Lower is "on" or "to" or "after" or "and" or "in" or "last" or "earlier" or "this" or "from" or
            "shortly" or "again" or "with" or "about" or "over" or "ahead" or "before" or "late" or "twice" or "during" or "for" or "while" or "when" or "yesterday" or "today";
    }

    /// <summary>"a call with Y", "calls between the two leaders", "during the call, X ...": the noun, a determiner before it.</summary>
    private static bool IsCallWithSomeone(List<Token> tokens, int i)
    {
        if (tokens[i].Lower is not ("call" or "calls") || i == 0) return false;
        var before = tokens[i - 1].Lower;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
        var determined = before is "a" or "the" or "their" or "his" or "her" or "its" or "this" or "that" or "two" || before.EndsWith("-minute") || before.EndsWith("-hour");
        if (!determined) return false;
        if (next is "with" or "between") return true;
        // "During the call, X told Y", "in a call on Monday": the determiner after a preposition of time.
        return i >= 2 && tokens[i - 2].Lower is "in" or "during" or "after" or "following" or "on" or "held" or "had" or "hold" or "holds" &&
               next is "," or "on" or "late" or "that" or "which" or "." or "last" or "earlier";
    }

    /// <summary>The person a calling verb governs, titles between (a method of its own: its closures are made only for a calling verb).</summary>
    private static Mention? PersonCalled(List<Token> tokens, int i, IReadOnlyList<Mention> mentions) =>
        mentions.FirstOrDefault(p => p.Kind == MentionKind.Person && p.EntityId is not null && p.TokenStart > i && p.TokenStart - i <= TitleReach &&
                                     Enumerable.Range(i + 1, p.TokenStart - i - 1).All(k => tokens[k].IsCapitalized && tokens[k].IsWord));
}
