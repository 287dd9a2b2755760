using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The following leaders took part in the Summit:" and then one line per person, "H.E. Mr. A, President of B", "Dr. C,
/// Minister of Foreign Affairs of D": a gathering's roll set out as a list under a sentence ending on a colon. Everyone
/// opening one of those lines is at the gathering the colon's sentence told (pattern: a bulleted or line-per-person roll).
/// A line may also read "President A of B": the title before the name and the country after it.
/// </summary>
internal static class LinePerPersonRoll
{
    public const string Note = "line-per-person roll under the sentence's colon";

    public static void Apply(IEnumerable<MeetingMention> mentions, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence)
    {
        var told = mentions.Where(x => !x.Recalled && !x.TimeAnchor).ToList();
        var rolls = told.Where(x => EndsOnColon(x.Sentence)).Select(x => (Mention: x, Colon: x.Sentence.Index)).Concat(RollsUnderAGatheringOfThePreviousSentence(told, sentences));
        foreach (var (m, colon) in rolls)
        {
            for (var k = colon + 1; k < sentences.Count; k++)
            {
                if (ItemPerson(sentences[k], sentences[k - 1], mentionsBySentence[k]) is not { } person) break;
                if (m.Absent.Contains(person.EntityId!)) continue;
                m.Participants.TryAdd(person.EntityId!, "participant");
                if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
            }
        }
    }

    /// <summary>
    /// "- A, minister of X" right under "- B, minister of Y", or the first "- A, minister of X" right under "The accord was signed
    /// by:": bulleted lines with no blank line between them, or between the first of them and the colon line that opens them,
    /// are still lines of their own (the pattern: a bullet marks a list item whatever the spacing), so a roll may run within one
    /// paragraph.
    /// </summary>
    private static bool OpensWithABullet(List<Token> tokens) => tokens.Count > 1 && tokens[0].Text is "-" or "•" or "*" or "–" or "·";

    private static bool EndsOnColon(Sentence s) => s.Tokens.Count > 2 && s.Tokens[^1].Text == ":";

    /// <summary>
    /// "The ceremony took place in the palace. The signatories were:" and the lines: a colon sentence that tells no gathering
    /// of its own introduces the roll of the one its paragraph just told, so the roll goes to the last reference of the
    /// sentence before (pattern: a roll introduced apart from the sentence that tells its gathering).
    /// </summary>
    private static IEnumerable<(MeetingMention Mention, int Colon)> RollsUnderAGatheringOfThePreviousSentence(List<MeetingMention> told, IReadOnlyList<Sentence> sentences)
    {
        foreach (var colon in sentences.Where(s => s.Index > 0 && EndsOnColon(s) && !told.Any(m => m.Sentence.Index == s.Index)))
        {
            var previous = sentences[colon.Index - 1];
            if (previous.Paragraph != colon.Paragraph) continue;
            if (told.LastOrDefault(m => m.Sentence.Index == previous.Index) is not { } m) continue;
            yield return (m, colon.Index);
        }
    }

    /// <summary>
    /// The person a list line opens with: a line of its own (a paragraph apart from the one before, or a bullet under a bullet), short, whose first
    /// words are the person's honorifics and name, followed by a comma, a bracket or the line's end (the office after it).
    /// </summary>
    /// Also read by <see cref="Agreements.SignersNamedByNoun"/> for a roll of signers under a colon.
    internal static Mention? ItemPerson(Sentence line, Sentence previous, IReadOnlyList<Mention> mentions)
    {
        var tokens = line.Tokens;
        if (tokens.Count == 0 || tokens.Count > 30 || line.Paragraph == previous.Paragraph && !(OpensWithABullet(tokens) && (OpensWithABullet(previous.Tokens) || EndsOnColon(previous)))) return null;
        var person = mentions.Where(p => p.Kind == MentionKind.Person && p.EntityId is not null).OrderBy(p => p.TokenStart).FirstOrDefault();
        if (person is null || person.TokenStart > 5) return null;
        for (var k = 0; k < person.TokenStart; k++)
            if (!tokens[k].IsCapitalized && tokens[k].Text is not ("." or "-" or "•" or "*" or "–")) return null;
        if (person.TokenEnd >= tokens.Count || tokens[person.TokenEnd].Text is "," or "(" or "–" or "—" or "-") return person;
        // "President X of the Philippines", "Prime Minister Y of Laos": the title before the name, the country after it.
        var of = person.TokenEnd;
        return tokens[of].Lower == "of" && of + 1 < tokens.Count && (tokens[of + 1].IsCapitalized || tokens[of + 1].Lower == "the") ? person : null;
    }
}
