using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the Belvarian-brokered truce", "a deal mediated by Tarvia", "an accord which Ostrel helped to broker", "Belvaria is not a
/// party to the pact": countries the story tells, by a broker's or mediator's word or by an outright denial, as standing
/// beside what was made rather than bound by it. Their people at the producing meeting do not make them sides (the pattern:
/// a broker's or outsider's state is told by its role, the sides by their making); a signer still binds his state.
/// </summary>
internal static class CountriesToldAsThirdParties
{
    private static readonly FrozenSet<string> BrokerParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "brokered", "mediated", "facilitated" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BrokerInfinitives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "broker", "mediate", "facilitate" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Country ids (country:xx) the sentences tell as brokers, mediators or non-parties.</summary>
    public static HashSet<string> In(IEnumerable<Sentence> sentences, KnowledgeBase knowledge)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? iso) { if (iso is not null) found.Add(EntityRegistry.CountryId(iso)); }
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                var text = tokens[k].Text;
                // "Belvarian-brokered", "Ostrel-mediated" as one token.
                var hyphen = text.IndexOf('-');
                if (hyphen > 0 && hyphen + 1 < text.Length && BrokerParticiples.Contains(text[(hyphen + 1)..]))
                    Add(IsoOf(knowledge, text[..hyphen]));
                // "Belvarian - brokered" split at the hyphen.
                if (text is "-" or "–" && k > 0 && k + 1 < tokens.Count && BrokerParticiples.Contains(tokens[k + 1].Text))
                    Add(IsoEndingAt(knowledge, tokens, k - 1));
                // "mediated by Tarvia", "brokered by the Belvarians".
                if (BrokerParticiples.Contains(text) && k + 2 < tokens.Count && tokens[k + 1].Lower == "by")
                    Add(IsoStartingAt(knowledge, tokens, tokens[k + 2].Lower == "the" ? k + 3 : k + 2));
                // "which Ostrel helped to broker", "Ostrel helped mediate".
                if (tokens[k].Lower == "helped" && k > 0)
                {
                    var next = k + 1 < tokens.Count && tokens[k + 1].Lower == "to" ? k + 2 : k + 1;
                    if (next < tokens.Count && BrokerInfinitives.Contains(tokens[next].Text)) Add(IsoEndingAt(knowledge, tokens, k - 1));
                }
                // "Belvaria is not a party to the pact", "Tarvia was not party to it".
                if (tokens[k].Lower is "is" or "was" && k > 0 && k + 3 < tokens.Count && tokens[k + 1].Lower == "not")
                {
                    var noun = tokens[k + 2].Lower == "a" ? k + 3 : k + 2;
                    if (noun + 1 < tokens.Count && tokens[noun].Lower is "party" or "signatory" && tokens[noun + 1].Lower == "to")
                        Add(IsoEndingAt(knowledge, tokens, k - 1));
                }
            }
        }
        return found;
    }

    /// <summary>The country of a name, a people's adjective or a capital ("Belvaria", "Belvarian", "Belvar City").</summary>
    private static string? IsoOf(KnowledgeBase knowledge, string phrase) =>
        knowledge.Lookup(phrase).FirstOrDefault(e => e.Kind is GazetteerKind.Country or GazetteerKind.Demonym or GazetteerKind.Capital && e.Iso2 is not null)?.Iso2;

    private static string? IsoEndingAt(KnowledgeBase knowledge, List<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 2); start <= end; start++)
            if (tokens[start].IsCapitalized && IsoOf(knowledge, string.Join(' ', tokens.Skip(start).Take(end - start + 1).Select(t => t.Text))) is { } iso) return iso;
        return null;
    }

    private static string? IsoStartingAt(KnowledgeBase knowledge, List<Token> tokens, int start)
    {
        if (start >= tokens.Count || !tokens[start].IsCapitalized) return null;
        for (var end = Math.Min(tokens.Count - 1, start + 2); end >= start; end--)
            if (IsoOf(knowledge, string.Join(' ', tokens.Skip(start).Take(end - start + 1).Select(t => t.Text))) is { } iso) return iso;
        return null;
    }
}
