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
    private static readonly FrozenSet<string> RoleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mediated", "mediating", "mediator", "mediators", "brokered", "brokering", "facilitated", "facilitator", "facilitators",
        "witnessed", "witnessing", "witness", "witnesses", "guarantor", "guarantors", "envoy", "envoys",
        // "X and Y attended as observers": an observer watches the making, it binds no state of its own.
        "observer", "observers",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Person ids named within a few words of a mediator's or witness's role, in the same clause.</summary>
    public static HashSet<string> In(IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        var found = new HashSet<string>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            // Every test below needs a role word in the sentence (a list continues only after a role): most have none.
            if (!HasRoleWord(tokens)) continue;
            Mention? listed = null;
            foreach (var person in mentionsIn(sentence).Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).OrderBy(m => m.TokenStart))
            {
                // "Looking on as witnesses were A, B and C": a role before a list of people covers every name of the list.
                var role = RoleBefore(tokens, person) || listed is not null && ContinuesTheList(tokens, listed.TokenEnd, person.TokenStart);
                if (role || RoleAfter(tokens, person)) found.Add(person.EntityId!);
                listed = role ? person : null;
            }
            SignedAsWitnesses(tokens, mentionsIn(sentence), found);
            ServingInABodysOffice(tokens, mentionsIn(sentence), found);
        }
        return found;
    }

    /// <summary>
    /// "Three guarantors signed as well: Marion Dasko, the Velarian senator serving as the Union's special representative; and
    /// Teo Brann, who signed it in his capacity as head of the Northern Council": in a sentence about witnesses or mediators,
    /// a person whose own description says he serves, acts or signs in the capacity of an organisation's office stands for that
    /// body, not for the state of his nationality (the pattern: "serving as"/"acting as"/"in his capacity as" + a body's office).
    /// The description is read up to the next semicolon, full stop or person, so a list item's capacity casts only its own name.
    /// Such a signer signs for the body, as a signer for the backers does (the agreement stage adds him to SignedForBackers).
    /// </summary>
    public static HashSet<string> ServingABody(IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        var found = new HashSet<string>();
        foreach (var sentence in sentences)
            if (HasRoleWord(sentence.Tokens)) ServingInABodysOffice(sentence.Tokens, mentionsIn(sentence), found);
        return found;
    }

    private static void ServingInABodysOffice(List<Token> tokens, IReadOnlyList<Mention> mentions, HashSet<string> found)
    {
        Mention[]? people = null;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            var capacityEnd = CapacityPhraseEnd(tokens, k);
            if (capacityEnd < 0) continue;
            // The body: an organisation named within a few words after the phrase, in the same list item.
            var body = false;
            foreach (var m in mentions)
                if (m.Kind == MentionKind.Organization && m.TokenStart >= capacityEnd && m.TokenStart <= capacityEnd + 8
                    && !Enumerable.Range(capacityEnd, m.TokenStart - capacityEnd).Any(j => tokens[j].Text is ";" or "." or ":"))
                { body = true; break; }
            if (!body) continue;
            // The person whose description this is: the nearest person before, with no semicolon, colon or other person between.
            people ??= mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).OrderBy(m => m.TokenStart).ToArray();
            Mention? owner = null;
            foreach (var p in people)
                if (p.TokenEnd <= k) owner = p;
            if (owner is null || k - owner.TokenEnd > 14
                || Enumerable.Range(owner.TokenEnd, k - owner.TokenEnd).Any(j => tokens[j].Text is ";" or ":" or ".")) continue;
            found.Add(owner.EntityId!);
        }
    }

    /// <summary>"serving as", "acting as", "in his capacity as", "in her capacity as" starting at k: the index after "as", or -1.</summary>
    private static int CapacityPhraseEnd(List<Token> tokens, int k)
    {
        if (tokens[k].Lower is "serving" or "acting" && tokens[k + 1].Lower == "as") return k + 2;
        if (tokens[k].Lower == "in" && k + 3 < tokens.Count && tokens[k + 1].Lower is "his" or "her" or "their"
            && tokens[k + 2].Lower == "capacity" && tokens[k + 3].Lower == "as") return k + 4;
        return -1;
    }

    /// <summary>
    /// "A, a speaker of X's parliament, and B, an envoy from Y, signed the accord as witnesses": the people before a
    /// signing verb given in a witness's or observer's capacity (see <see cref="SignedAsWitness"/>) are witnesses, however long
    /// their appositions (the pattern: the capacity after the verb casts its whole subject).
    /// </summary>
    private static void SignedAsWitnesses(List<Token> tokens, IReadOnlyList<Mention> mentions, HashSet<string> found)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!SigningVerb.IsAt(tokens, k) || !SignedAsWitness.At(tokens, k)) continue;
            foreach (var person in mentions)
                if (person.Kind == MentionKind.Person && person.EntityId is not null && person.TokenEnd <= k) found.Add(person.EntityId);
            return;
        }
    }

    private static bool HasRoleWord(List<Token> tokens)
    {
        foreach (var token in tokens)
            if (RoleWords.Contains(token.Text)) return true;
        return false;
    }

    /// <summary>
    /// "A, Liberia's President B and Nigeria's President C": between two names of one list stand only commas, "and", and the
    /// capitalised words and possessives of the next name's title (the pattern: a coordinated list shares its role).
    /// </summary>
    private static bool ContinuesTheList(List<Token> tokens, int from, int to)
    {
        if (to <= from || to - from > 8) return false;
        for (var k = from; k < to; k++)
            if (!(tokens[k].Text is "," || tokens[k].Lower is "and" or "'s" or "’s" or "of" or "the" || tokens[k].IsWord && tokens[k].IsCapitalized)) return false;
        return true;
    }

    /// <summary>"mediated by X", "the mediator, X": a role word up to five words before, no clause break between.</summary>
    private static bool RoleBefore(List<Token> tokens, Mention person)
    {
        for (var k = person.TokenStart - 1; k >= 0 && k >= person.TokenStart - 5 && tokens[k].Text is not (";" or "." or ":"); k--)
            if (RoleWords.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// "X, the AU's chief mediator,", "X witnessed the signing", "X, who brokered the deal": a role word up to six words after.
    /// "Y, who chairs the regional body this year, came to witness the signing": an apposition set off by commas does not use up
    /// the reach (the pattern: a subject's apposition stands between it and its verb phrase).
    /// </summary>
    private static bool RoleAfter(List<Token> tokens, Mention person)
    {
        var counted = 0;
        for (var k = person.TokenEnd; k < tokens.Count && counted <= 6 && tokens[k].Text is not (";" or "." or ":"); k++, counted++)
        {
            if (RoleWords.Contains(tokens[k].Text)) return true;
            if (SigningVerb.IsAt(tokens, k) || tokens[k].Lower is "but") return false;
            // "X and Y signed": another name ends the reach (leaders of the sides often "witness" their ministers' signing).
            if (tokens[k].Lower == "and") return false;
            if (tokens[k].Text == ",")
            {
                // ", the current chairman of the bloc,": skip a short apposition, reading its words for a role.
                var close = Enumerable.Range(k + 1, Math.Max(0, Math.Min(tokens.Count, k + 9) - k - 1)).FirstOrDefault(j => tokens[j].Text == ",", -1);
                if (close < 0 || Enumerable.Range(k + 1, close - k - 1).Any(j => SigningVerb.IsAt(tokens, j) || tokens[j].Text is ";" or "." or ":")) continue;
                if (Enumerable.Range(k + 1, close - k - 1).Any(j => RoleWords.Contains(tokens[j].Text))) return true;
                k = close;
                counted = 0;
            }
        }
        return false;
    }
}
