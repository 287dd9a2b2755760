using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "talks mediated by former Nigerian President Olusegun Obasanjo", "Kenyatta, the AU's mediator", "Guterres witnessed the
/// signing": people the article casts as mediators or witnesses. They attend the meeting that concludes a document, but
/// their countries are no sides of it (the pattern: a mediator's state is not bound by what it brokered).
/// </summary>
internal static class ThirdPartyPeople
{
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mediated", "mediating", "mediator", "mediators", "brokered", "brokering", "facilitated", "facilitator", "facilitators",
        "witnessed", "witnessing", "witness", "witnesses", "guarantor", "guarantors", "envoy", "envoys",
    };

    /// <summary>
    /// "X attended as an observer", "Y took part as a guest": roles that count only after "as", since "his guest" is the visitor
    /// a host receives (the pattern: an observer or guest at the table is bound by nothing signed there).
    /// </summary>
    private static readonly HashSet<string> AsRoles = new(StringComparer.OrdinalIgnoreCase) { "observer", "observers", "guest", "guests" };

    private static bool IsRole(IReadOnlyList<Token> tokens, int k) => RoleWords.Contains(tokens[k].Text) ||
        AsRoles.Contains(tokens[k].Text) && (k >= 1 && tokens[k - 1].Lower == "as" || k >= 2 && tokens[k - 1].Lower is "a" or "an" && tokens[k - 2].Lower == "as");

    /// <summary>Person ids named within a few words of a mediator's or witness's role, in the same clause.</summary>
    public static HashSet<string> In(IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        var found = new HashSet<string>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            foreach (var person in mentionsIn(sentence).Where(m => m.Kind == MentionKind.Person && m.EntityId is not null))
                if (RoleBefore(tokens, person) || RoleAfter(tokens, person)) found.Add(person.EntityId!);
        }
        return found;
    }

    /// <summary>"mediated by X", "the mediator, X": a role word up to five words before, no clause break between.</summary>
    private static bool RoleBefore(IReadOnlyList<Token> tokens, Mention person)
    {
        for (var k = person.TokenStart - 1; k >= 0 && k >= person.TokenStart - 5 && tokens[k].Text is not (";" or "." or ":"); k--)
            if (IsRole(tokens, k)) return true;
        return false;
    }

    /// <summary>"X, the AU's chief mediator,", "X witnessed the signing", "X, who brokered the deal": a role word up to six words after.</summary>
    private static bool RoleAfter(IReadOnlyList<Token> tokens, Mention person)
    {
        for (var k = person.TokenEnd; k < tokens.Count && k <= person.TokenEnd + 6 && tokens[k].Text is not (";" or "." or ":"); k++)
        {
            if (IsRole(tokens, k)) return true;
            // "X and Y signed": another name or a verb of signing ends the reach.
            if (SigningVerb.IsAt(tokens, k) || tokens[k].Lower is "and" or "but") return false;
        }
        return false;
    }
}
