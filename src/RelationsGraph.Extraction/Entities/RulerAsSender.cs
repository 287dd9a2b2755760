using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Tsar Boris IV sent Count Aurel Vesk, a general, and Ivo Stalek", "the Sultan dispatched his chamberlain, Ferid Aga":
/// a ruler named right before "sent" or "dispatched" sends the delegates the verb names, who then act for the ruler's
/// country (pattern: the sovereign as the sender of a mission, as history pieces tell it where a modern story names the
/// state). Every item of the sent list counts (LaterNameOfASentList); the ruler is read as ActsForTheSovereign reads one.
/// </summary>
internal static class RulerAsSender
{
    /// <summary>Most tokens of titles and commas between the verb and the delegate's name ("sent Count", "sent his chamberlain,").</summary>
    private const int MaxTitle = 5;

    /// <summary>Gives each person with no country sent by a ruler that ruler's country; returns them.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions) =>
        ActsForTheSovereign.PlaceByRuler(people, mentions, "sent by a ruler", (m, sentence, rulersCountry) =>
        {
            if (!m.Sentence.Tokens.Any(t => t.Lower is "sent" or "dispatched")) return null;
            string? Sender(List<Token> tokens, List<Mention> _, Mention q) => RulerBefore(tokens, sentence, q) is { } side ? rulersCountry(side, q) : null;
            var tokens = m.Sentence.Tokens;
            return Sender(tokens, [], m) ?? LaterNameOfASentList.Of(tokens, [.. sentence], m, Sender);
        });

    /// <summary>
    /// The token of the ruler's title ("Tsar" of "Tsar Boris IV sent q", "the" of "the Sultan dispatched q") when a ruler
    /// sent <paramref name="q"/>, named right after the verb and any title of theirs; null otherwise.
    /// </summary>
    private static int? RulerBefore(List<Token> tokens, IReadOnlyList<Mention> sentence, Mention q)
    {
        var verb = q.TokenStart - 1;
        while (verb >= 0 && q.TokenStart - verb <= MaxTitle && (tokens[verb].IsWord && tokens[verb].Lower is not ("sent" or "dispatched" or "to" or "and" or "with" or "by" or "a" or "an" or "the") ||
                                                                tokens[verb].Text == ","))
            verb--;
        if (verb < 2 || tokens[verb].Lower is not ("sent" or "dispatched")) return null;
        // Lower-case words of an office only after a possessive: "sent his chamberlain, X", not "sent word through X".
        if (verb + 1 < q.TokenStart && !tokens[verb + 1].IsCapitalized && tokens[verb + 1].Lower is not ("his" or "her" or "its" or "their")) return null;
        // "sent X a letter", "sent X word of it": a name followed by the thing sent is its recipient, not a delegate.
        if (q.TokenEnd < tokens.Count && tokens[q.TokenEnd].Lower is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "word" or "back" or "home") return null;
        // "the Sultan sent": the bare title.
        if (tokens[verb - 2].Lower == "the" && AideOfABareTitle.OwnerTitles.Contains(tokens[verb - 1].Text)) return verb - 2;
        // "Tsar Boris IV sent", "Queen Ada sent": the title, then the ruler's name ending at the verb.
        var ruler = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o != q && !o.IsNominal && o.TokenEnd == verb);
        if (ruler is null) return null;
        if (AideOfABareTitle.OwnerTitles.Contains(tokens[ruler.TokenStart].Text)) return ruler.TokenStart;
        return ruler.TokenStart > 0 && AideOfABareTitle.OwnerTitles.Contains(tokens[ruler.TokenStart - 1].Text) ? ruler.TokenStart - 1 : null;
    }
}
