using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Eleven governments signed the accord. ... Angola was represented by Vice-President X, and Burundi by Foreign Minister Y",
/// "Uganda sent Vice-President Z": right after a signing of states, the person a state "was represented by" or "sent" is
/// the one who signed for it (the pattern: at a signing, a state's representative is its signer). The signing must be
/// told in one of the three sentences before, within the same or the previous paragraph, or continued by a sentence of
/// representatives; a sentence that names guarantors,
/// observers or witnesses speaks of third parties and names no signer, and so does one that follows such a sentence told
/// after the signing ("Also signing as witnesses were A and B. Ghana was represented by X": the list goes on with witnesses).
/// </summary>
internal static class RepresentedAtTheSigning
{
    /// <summary>How many sentences back the signing may be told.</summary>
    private const int SigningReach = 3;
    /// <summary>How many words of office may stand between "by" or "sent" and the name ("by Justice Minister X").</summary>
    private const int OfficeReach = 5;

    /// <summary>The people each sentence names as a state's representative right after a signing.</summary>
    public static IEnumerable<(Sentence Sentence, Mention Person)> Find(IReadOnlyList<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        // A sentence of representatives continues the signing: the next one may follow it ("Uganda sent X. Angola was represented by Y").
        var continued = new HashSet<int>();
        for (var n = 1; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            var tokens = sentence.Tokens;
            // The cheap word test first: most sentences name no representative.
            if (!TokenScan.Any(tokens, static t => t.Lower is "represented" or "sent")) continue;
            var mentions = mentionsIn(sentence);
            var cue = RepresentationCue(tokens, mentions);
            if (cue < 0 || ThirdPartyPresence.NamedIn(tokens) || TokenScan.Any(tokens, static t => t.Text.Equals("accompanying", StringComparison.OrdinalIgnoreCase)) || !SigningJustBefore(sentences, n, continued)) continue;
            continued.Add(n);
            foreach (var person in Representatives(tokens, mentions, cue)) yield return (sentence, person);
        }
    }

    /// <summary>The people named after an agent word past the cue (a method of its own: the filter's closure is made only for a sentence that has the cue).</summary>
    private static IEnumerable<Mention> Representatives(List<Token> tokens, IReadOnlyList<Mention> mentions, int cue) =>
        mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > cue && AfterAgentWord(tokens, m.TokenStart, cue));

    /// <summary>A signing verb, not denied and not a witness's, or a sentence of representatives, in one of the sentences just before (same or previous paragraph).</summary>
    private static bool SigningJustBefore(IReadOnlyList<Sentence> sentences, int n, IReadOnlySet<int> continued)
    {
        for (var back = n - 1; back >= 0 && back >= n - SigningReach; back--)
        {
            var before = sentences[back];
            if (before.Paragraph < sentences[n].Paragraph - 1) return false;
            if (continued.Contains(back)) return true;
            var tokens = before.Tokens;
            if (Enumerable.Range(0, tokens.Count).Any(k => SigningVerb.IsAt(tokens, k) && !SignedAsWitness.At(tokens, k)
                    && !(k > 0 && tokens[k - 1].Lower is "not" or "never" or "who" || k > 1 && tokens[k - 2].Lower is "not" or "never"))) return true;
            // "Also signing as witnesses were A and B. Ghana was represented by X": a sentence of witnesses or guarantors
            // between the signing and the representatives is what they continue (see ThirdPartyPresence).
            if (ThirdPartyPresence.NamedIn(tokens)) return false;
        }
        return false;
    }

    /// <summary>"Angola was represented by", "Uganda, which chairs ..., sent": the cue word after a state's or movement's name, or -1.</summary>
    private static int RepresentationCue(List<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        for (var k = 2; k < tokens.Count; k++)
        {
            var represented = tokens[k].Lower == "by" && tokens[k - 1].Lower == "represented" && tokens[k - 2].Lower is "was" or "were";
            var sent = tokens[k].Lower == "sent" && !(tokens[k - 1].Lower is "was" or "were" or "been" or "be");
            if (!represented && !sent) continue;
            // The subject is a state or a movement: the first name of the clause ("Uganda, which chairs the Conference, sent"),
            // with no person between it and the cue.
            var clauseStart = Enumerable.Range(0, k).LastOrDefault(j => tokens[j].Text == ";", -1) + 1;
            var subject = mentions.Where(m => m.TokenStart >= clauseStart && m.TokenEnd <= k && m.EntityId is not null).MinBy(m => m.TokenStart);
            if (subject is { Kind: MentionKind.Country or MentionKind.Organization }
                && !mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart > subject.TokenStart && m.TokenEnd <= k)) return k;
        }
        return -1;
    }

    /// <summary>"by Vice-President X", "and Burundi by Foreign Minister Y", "sent Vice-President Z": an agent word a few words before the name.</summary>
    private static bool AfterAgentWord(List<Token> tokens, int person, int cue)
    {
        for (var k = person - 1; k >= cue && k >= person - OfficeReach - 1; k--)
        {
            if (tokens[k].Lower is "by" or "sent") return true;
            if (tokens[k].Text is "," or ";" or "." || tokens[k].Lower is "and" or "after" or "while" or "who") return false;
        }
        return false;
    }
}
