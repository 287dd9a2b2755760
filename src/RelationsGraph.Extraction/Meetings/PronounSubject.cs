using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Ruto arrived in Addis Ababa on Monday. He later met President Taye.": a sentence that opens with "He" or "She"
/// continues the story of the person the previous sentence opened with (pattern: pronoun subject = previous subject).
/// A short fronted adverbial may stand before the pronoun ("Earlier in the day he called on the King", "On the
/// sidelines she held talks with X", "From there he flies to Z", "The next day she met Y"), as long as no person is named
/// before it, and none is named as the main clause's subject after it ("In a statement issued as he left, X said": the
/// pronoun points forward). The previous sentence's subject may itself be such a pronoun (the caller passes the previous
/// sentence's mentions with its own pronoun subject), so a chain of "He ..." sentences keeps one subject; a possessive
/// inside an opening phrase ("Quoting Y's poem, X argued") is not a subject.
/// Only meetings read this: the pronoun becomes a participant, never an alias or a mention of the person.
/// </summary>
internal static class PronounSubject
{
    /// <summary>How far into the previous sentence its subject may stand ("On Monday, Kenyan President X ...").</summary>
    private const int SubjectReach = 8;

    /// <summary>How long a fronted adverbial before the pronoun may be ("On Monday night, after arriving from Manila, he ...").</summary>
    private const int AdverbialReach = 8;

    /// <summary>Words that open a fronted adverbial of time, place or sequence.</summary>
    private static readonly FrozenSet<string> AdverbialOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "earlier", "later", "before", "after", "during", "then", "afterwards", "next", "last", "that", "this",
        "from", "shortly", "soon", "separately", "meanwhile",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> mentions, Sentence? previous, IReadOnlyList<Mention>? previousMentions)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 2 || previous is null || previousMentions is null) return mentions;
        var at = PronounPosition(tokens, mentions);
        if (at < 0) return mentions;
        // A new section does not carry its subject on, nor does a quotation, save to the speaker it is attributed to.
        if (previous.Paragraph < sentence.Paragraph - 1) return mentions;
        var quoted = previous.Text.StartsWith('"') || previous.Text.StartsWith('“');
        if (quoted && SpeakerOfTheQuote.Of(previous, previousMentions) is null) return mentions;
        // "In remarks released while she was travelling to Osk, President Varga said ...": a pronoun in a fronted phrase points forward to the
        // subject its main clause names right after the comma.
        if (at > 0 && MainClauseSubject(tokens, mentions, at) is not null) return mentions;
        // "Quoting Y's poem, X argued ...": a possessive inside an opening phrase is not the sentence's subject (a possessive that
        // opens the sentence is its topic: "X's own visit was brief. She ...").
        var subject = quoted ? SpeakerOfTheQuote.Of(previous, previousMentions) : previousMentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && (m.TokenStart == 0 || !Possessive(previous.Tokens, m)))
            .MinBy(m => m.TokenStart);
        if (!quoted && (subject is null || subject.TokenStart > SubjectReach)) subject = LoneNamedAntecedent.Of(previous, previousMentions, tokens[at].Text);
        if (subject is null) return mentions;
        var pronoun = new Mention
        {
            Kind = MentionKind.Person, Sentence = sentence, TokenStart = at, TokenEnd = at + 1, Surface = tokens[at].Text,
            EntityId = subject.EntityId, Rule = "pronoun subject continues the previous sentence's subject",
        };
        return [.. mentions.Where(m => m.TokenStart < at), pronoun, .. mentions.Where(m => m.TokenStart >= at)];
    }

    /// <summary>The person named right after a comma past the pronoun and followed by a verb (", Varga said"): the main clause's
    /// subject after the fronted phrase; else null.</summary>
    private static Mention? MainClauseSubject(List<Token> tokens, IReadOnlyList<Mention> mentions, int at)
    {
        foreach (var m in mentions)
        {
            if (m.TokenStart <= at + 1 || m.Kind != MentionKind.Person || m.EntityId is null) continue;
            for (var k = at + 1; k < m.TokenStart; k++)
                if (tokens[k].Text is ";" or ":" or "\"" or "“" or "”") return null;
            // Titles may stand before the name (", Brazilian Foreign Minister X said").
            var k0 = m.TokenStart - 1;
            while (k0 > at && tokens[k0].IsCapitalized) k0--;
            if (tokens[k0].Text == "," && m.TokenEnd < tokens.Count && tokens[m.TokenEnd].IsWord && !tokens[m.TokenEnd].IsCapitalized)
                return m;
        }
        return null;
    }

    private static bool Possessive(List<Token> tokens, Mention m) => m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Text is "'s" or "’s" or "'" or "’";

    /// <summary>Where the sentence's own pronoun subject stands: first, or right after a short fronted adverbial; -1 if neither.</summary>
    internal static int PronounPosition(List<Token> tokens, IReadOnlyList<Mention> mentions, bool plural = false)
    {
        bool Pronoun(string text) => plural ? text == "they" : text is "he" or "she";
        if (plural ? tokens[0].Text == "They" : tokens[0].Text is "He" or "She") return 0;
        // "The next day he met ...", "The following morning she flew to ...".
        if (tokens[0].Text == "The" && tokens.Count > 3 && tokens[1].Lower is "next" or "following" or "same") return Pronoun(tokens[3].Text) ? 3 : -1;
        if (!AdverbialOpeners.Contains(tokens[0].Text)) return -1;
        for (var i = 1; i < tokens.Count && i <= AdverbialReach; i++)
        {
            if (tokens[i].Text is "\"" or "“" or "”" or "'") return -1;
            if (!Pronoun(tokens[i].Text)) continue;
            // "After Trump met Putin, he ...": a person named before the pronoun is its subject, not the previous sentence's.
            if (mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart < i)) return -1;
            return i;
        }
        return -1;
    }
}
