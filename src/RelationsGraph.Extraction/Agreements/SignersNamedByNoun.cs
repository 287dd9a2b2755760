using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The accord bears the signatures of A and B", "The signatories were A, for X, and B, for Y", "Its signatories included A",
/// "the heads of the five signatory groups: A, B and C", "The signatures on the charter are those of A, B and C", "The five
/// signatures at its head belonged to A and B", "The signatures came from A and B", "The accord bears two signatures: A for X,
/// and B for Y":
/// the people a signer's noun lists are the document's signers, though no signing verb governs them (the pattern: a
/// signature or a signatory named with a person is that person's signing). The document is the one the sentence names,
/// else the one told last; a sentence that also names witnesses, guarantors or observers is left to the verb rules.
/// The list may also stand on lines of its own under a sentence ending on a colon ("The signatories, in the order they signed,
/// were:" or "The accord was signed by:" and then "Minister A of X" or "A, minister, for X" one per line): each line's person
/// signed (the pattern: a bulleted or line-per-person roll of signers, read line by line as a roll of attendees is).
/// </summary>
internal static class SignersNamedByNoun
{
    /// <summary>The people each sentence lists after a signer's noun.</summary>
    public static IEnumerable<(Sentence Sentence, Mention Person)> Find(IReadOnlyList<Sentence> sentences, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            // The cheap word test first: few sentences name a signature.
            if (!TokenScan.Any(tokens, static t => t.Lower is "signatures" or "signature" or "signatories" or "signatory" or "signers" or "by" or "plenipotentiary" or "plenipotentiaries")) continue;
            if (LeadsARollOfSigners(tokens))
            {
                foreach (var person in RollBelow(sentences, sentence.Index, mentionsIn)) yield return (sentence, person);
                continue;
            }
            if (!TokenScan.Any(tokens, static t => t.Lower is "signatures" or "signature" or "signatories" or "signatory" or "plenipotentiary" or "plenipotentiaries")) continue;
            var cue = NounCue(tokens);
            if (cue < 0 || ThirdPartyPresence.NamedIn(tokens)) continue;
            // After a colon the items may be set off by semicolons ("signatory groups: A, of X; B, of Y"): the list runs to the end.
            var mentions = mentionsIn(sentence);
            var end = tokens[cue].Text == ":" ? tokens.Count : ListEnd(tokens, cue, mentions);
            foreach (var person in Listed(mentions, cue, end)) yield return (sentence, person);
            // "those of A, who had taken over after B fell ill, and of C and D": the list goes on past the relative clause.
            if (ResumedAfterARelative(tokens, end) is var resumed and > 0)
                foreach (var person in Listed(mentions, resumed, ListEnd(tokens, resumed, mentions))) yield return (sentence, person);
        }
    }

    /// <summary>
    /// A sentence ending on a colon that names the signers' noun ("The signatories were:", "Three signatures went on the text:")
    /// or ends on "signed by:"; one that names witnesses, guarantors or observers introduces no roll of signers.
    /// </summary>
    private static bool LeadsARollOfSigners(List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[^1].Text != ":" || ThirdPartyPresence.NamedIn(tokens)) return false;
        if (tokens[^2].Lower == "by" && SigningVerb.IsAt(tokens, tokens.Count - 3)) return true;
        return TokenScan.Any(tokens, static t => t.Lower is "signatures" or "signatories" or "signers");
    }

    /// <summary>The person opening each line under the colon, up to the first line that opens with no person (see <see cref="Meetings.LinePerPersonRoll"/>).</summary>
    private static IEnumerable<Mention> RollBelow(IReadOnlyList<Sentence> sentences, int colon, Func<Sentence, IReadOnlyList<Mention>> mentionsIn)
    {
        for (var k = colon + 1; k < sentences.Count; k++)
        {
            if (Meetings.LinePerPersonRoll.ItemPerson(sentences[k], sentences[k - 1], mentionsIn(sentences[k])) is not { } person)
            {
                if (BulletedItem(sentences[k], sentences[k - 1])) continue;
                yield break;
            }
            yield return person;
        }
    }

    /// <summary>
    /// "- Ambassador A, on behalf of X;" whose name the story could not resolve, under "signed by:" and above "- B, minister of Y":
    /// a bulleted line under the colon or another bullet is an item of the roll though it yields no person, so the roll goes on
    /// past it (the pattern: a bullet marks a list item, and one unknown name does not end the list).
    /// </summary>
    private static bool BulletedItem(Sentence line, Sentence previous) =>
        line.Paragraph == previous.Paragraph && OpensWithABullet(line.Tokens) && (OpensWithABullet(previous.Tokens) || previous.Tokens is [.., { Text: ":" }]);

    private static bool OpensWithABullet(List<Token> tokens) => tokens.Count > 1 && tokens[0].Text is "-" or "•" or "*" or "–" or "·";

    /// <summary>The people between the cue and the list's end (a method of its own: the filter's closure is made only for a sentence that has the cue).</summary>
    private static IEnumerable<Mention> Listed(IReadOnlyList<Mention> mentions, int cue, int end) =>
        mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > cue && m.TokenStart < end);

    /// <summary>"signatures of", "signature of", "signatories were/are/included/include", "signatory groups:": the word the list follows, or -1.</summary>
    private static int NounCue(List<Token> tokens)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower is "signatures" or "signature" && tokens[k + 1].Lower == "of") return k + 1;
            if (tokens[k].Lower is "signatures" or "signature" && ThoseOf(tokens, k + 1) is var of and > 0) return of;
            // "The accord bears two signatures: A for X and B for Y": the colon after the noun opens the roll.
            if (tokens[k].Lower is "signatures" && tokens[k + 1].Text == ":") return k + 1;
            if (tokens[k].Lower == "signatories" && tokens[k + 1].Lower is "were" or "are" or "included" or "include") return k + 1;
            if (SignerNounBeforeItsCopula(tokens, k) is var copula and > 0) return copula;
            // "the leaders of the eight signatory organisations: A, B and C": a signing side's noun, then the colon of a roll.
            if (tokens[k].Lower == "signatory" && Enumerable.Range(k + 1, Math.Min(3, tokens.Count - k - 1)).FirstOrDefault(j => tokens[j].Text == ":", -1) is var colon and > 0) return colon;
        }
        return -1;
    }

    /// <summary>The signer's nouns that a copula may identify with their holders: "signatory", "plenipotentiary" and their plurals.</summary>
    private static readonly FrozenSet<string> SignerNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signatory", "signatories", "plenipotentiary", "plenipotentiaries" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most words of a side ("for the Kingdom of Norland") between a signer's noun and its copula.</summary>
    private const int MaxSideWords = 5;

    /// <summary>
    /// "The signatory for Norland was A", "The plenipotentiaries were A and B", "Vestria's plenipotentiary was Count A": a signer's
    /// noun, a short side phrase, then "was"/"were" and a capitalised name or title identify the signers (the pattern: histories
    /// name a treaty's signers by their office in the signing). The index of the copula, or -1; "were received by", "was the
    /// king's tutor" and the like are no roll, and "signatory states" names sides, not people.
    /// </summary>
    private static int SignerNounBeforeItsCopula(List<Token> tokens, int k)
    {
        if (!SignerNouns.Contains(tokens[k].Text) || k + 2 >= tokens.Count || tokens[k + 1].Lower is "states" or "countries" or "nations" or "powers" or "parties" or "governments") return -1;
        for (var j = k + 1; j + 1 < tokens.Count && j <= k + 1 + MaxSideWords; j++)
        {
            if (tokens[j].Text is "," or ";" or ":" or "." or "(") return -1;
            if (tokens[j].Lower is "was" or "were" or "is" or "are")
                return tokens[j + 1].IsWord && tokens[j + 1].IsCapitalized ? j : -1;
        }
        return -1;
    }

    /// <summary>The most words between the signers' noun and "are those of" ("the signatures on the final text are those of").</summary>
    private const int MaxWordsBeforeThoseOf = 6;

    /// <summary>
    /// "The signatures on the treaty are those of A and B", "the signature on the accord was that of A": the copula names the
    /// signers after "those of" / "that of" (the pattern: a signature identified with its owner). The index of "of", or -1.
    /// </summary>
    private static int ThoseOf(List<Token> tokens, int from)
    {
        for (var k = from; k + 2 < tokens.Count && k <= from + MaxWordsBeforeThoseOf; k++)
        {
            if (tokens[k].Text is "," or ";" or ":") return -1;
            if (tokens[k].Lower is "are" or "were" or "is" or "was" && tokens[k + 1].Lower is "those" or "that" && tokens[k + 2].Lower == "of") return k + 2;
            // "The three signatures under the last article belonged to A, B and C", "The signatures came from A and B".
            if (tokens[k].Lower == "belonged" && tokens[k + 1].Lower == "to" || tokens[k].Lower == "came" && tokens[k + 1].Lower == "from") return k + 1;
        }
        return -1;
    }

    /// <summary>
    /// The list runs to the next clause of its own: a semicolon, or "while", "but", "who", "which" opening one. A semicolon
    /// that opens another person ("the signatures of Minister A; Major B, a minister without portfolio; and Brigadier C")
    /// only parts the items of a list whose items carry commas of their own (pattern: a semicolon roll).
    /// </summary>
    private static int ListEnd(List<Token> tokens, int cue, IReadOnlyList<Mention> mentions)
    {
        for (var k = cue + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Text == ";" && !OpensAnotherItem(tokens, k + 1, mentions)) return k;
            if (tokens[k].Lower is "while" or "but" or "who" or "which" or "whereas") return k;
        }
        return tokens.Count;
    }

    /// <summary>How many words a relative clause inside a list of signers may take.</summary>
    private const int RelativeReach = 25;

    /// <summary>
    /// "the signatures of A, who had taken over as chancellor after B fell ill, and of C, D and E": a relative clause set off by
    /// commas describes one signer, and ", and of" (or ", and") after it resumes the list (the pattern: a description inside
    /// a list of signers, the next item told with the list's own preposition). The index before the resumed list, or -1.
    /// </summary>
    private static int ResumedAfterARelative(List<Token> tokens, int end)
    {
        if (end <= 0 || end >= tokens.Count || tokens[end].Lower is not ("who" or "which") || tokens[end - 1].Text != ",") return -1;
        for (var k = end + 1; k + 1 < tokens.Count && k <= end + RelativeReach; k++)
        {
            if (tokens[k].Text is ";" or ":" || AbbreviationPoint.IsStop(tokens, k)) return -1;
            if (tokens[k].Text == "," && tokens[k + 1].Lower == "and")
                return k + 2 < tokens.Count && tokens[k + 2].Lower == "of" ? k + 2 : k + 1;
        }
        return -1;
    }

    /// <summary>Words of rank or title that may stand before a listed person's name ("and Brigadier C").</summary>
    private const int MaxTitleWords = 3;

    /// <summary>A person's name opens at <paramref name="at"/>, after an optional "and" and a few capitalised title words.</summary>
    private static bool OpensAnotherItem(List<Token> tokens, int at, IReadOnlyList<Mention> mentions)
    {
        if (at < tokens.Count && tokens[at].Lower == "and") at++;
        for (var k = at; k < tokens.Count && k <= at + MaxTitleWords; k++)
        {
            if (mentions.Any(m => m.Kind == MentionKind.Person && m.TokenStart == k)) return true;
            if (!tokens[k].IsCapitalized) return false;
        }
        return false;
    }
}
