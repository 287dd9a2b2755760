using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The two ministers signed the accord in Mombasa on Friday", in a story whose talks were held in Geneva: a signing its
/// own sentence places ("signed ... in/at PLACE") happened where the sentence says, so a meeting held in another country did
/// not produce the document (the pattern: the place adjunct of a signing verb tells where the document was made). A place
/// inside the meeting's country, or the meeting's own place, agrees with it.
/// </summary>
internal static class PlaceOfSigning
{
    /// <summary>Words that end the clause of the signing verb: what follows no longer places the signing.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.OrdinalIgnoreCase)
        { ",", ";", ":", ".", "(", "—", "–", "which", "that", "who", "where", "when", "while", "after", "before", "since", "as", "and", "but" };

    /// <summary>
    /// The place or country the sentence names right after "in"/"at" in the clause of a signing verb, if any. A place
    /// within a document's name ("the Code of Practice for Fisheries in the Coral Sea") places nothing.
    /// </summary>
    public static Mention? In(Sentence sentence, IReadOnlyList<Mention> mentions, IEnumerable<AgreementMention> documents) =>
        WithVerb(sentence, mentions, documents)?.Place;

    /// <summary>As <see cref="In"/>, with the index of the signing verb whose clause names the place.</summary>
    /// <remarks>With <paramref name="unknownCountry"/>, a place of no known country counts too ("at the Tjibaou centre").</remarks>
    public static (Mention Place, int Verb)? WithVerb(Sentence sentence, IReadOnlyList<Mention> mentions, IEnumerable<AgreementMention> documents,
        bool unknownCountry = false)
    {
        var names = documents.Where(d => d.Sentence.Index == sentence.Index).ToList();
        bool InAName(Mention place) => names.Any(d => place.TokenStart >= d.TokenStart && place.TokenStart < d.TokenEnd
            || (d.Title ?? d.Phrase).Contains(place.Surface, StringComparison.OrdinalIgnoreCase));
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!SigningVerb.IsAt(tokens, i)) continue;
            for (var j = i + 1; j < tokens.Count && j <= i + 14 && !ClauseEnds.Contains(tokens[j].Text); j++)
            {
                if (tokens[j].Lower is not ("in" or "at")) continue;
                var place = mentions.Where(m => m.Kind is MentionKind.Place or MentionKind.Country && !m.IsDemonym && (m.Iso2 is not null || unknownCountry && m.EntityId is not null)
                                                && m.TokenStart > j && m.TokenStart <= j + 5)
                    .OrderBy(m => m.TokenStart).FirstOrDefault();
                if (place is not null && !InAName(place) && !TitleRunsOn(tokens, j, names) && OnlyArticleOrOfBetween(tokens, j + 1, place.TokenStart)) return (place, i);
            }
        }
        return null;
    }

    /// <summary>
    /// "signed the Accord on Lasting Peace in the Horn": a capitalised document name that runs on in capitalised
    /// words up to the "in" still names the document, so what follows is part of its name, not the place of signing.
    /// </summary>
    private static bool TitleRunsOn(List<Token> tokens, int at, List<AgreementMention> names) =>
        names.Any(d => d.TokenEnd <= at && d.TokenEnd > 0 && tokens[d.TokenEnd - 1].IsCapitalized
                       && Enumerable.Range(d.TokenEnd, at - d.TokenEnd).Any(k => tokens[k].IsCapitalized)
                       && Enumerable.Range(d.TokenEnd, at - d.TokenEnd).All(k => tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Lower is "of" or "for" or "on" or "the" or "and" or "to" or "between" or "in"));

    /// <summary>"in the Gulf port city of Dammam": only a determiner, modifiers and "of", no other preposition or clause break.</summary>
    private static bool OnlyArticleOrOfBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (ClauseEnds.Contains(tokens[k].Text) || tokens[k].Lower is "in" or "at" or "on" or "by" or "with" or "for" or "from" or "to") return false;
        return true;
    }

    /// <summary>
    /// The meeting is told in places of countries that all differ from the signing's place, and none of them is that place.
    /// A meeting with no known place, or a place of unknown country, leaves the question open.
    /// </summary>
    public static bool Elsewhere(Mention signedAt, Meeting meeting)
    {
        var own = meeting.Places.Where(p => p.EntityId is not null).ToList();
        if (own.Count == 0 || own.Any(p => p.Iso2 is null)) return false;
        return own.All(p => p.EntityId != signedAt.EntityId && p.Iso2 != signedAt.Iso2);
    }
}
