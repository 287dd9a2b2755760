using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The following leaders took part in the Summit:" and then one line per person, "H.E. Mr. A, President of B", "Dr. C,
/// Minister of Foreign Affairs of D": a gathering's roll set out as a list under a sentence ending on a colon. Everyone
/// opening one of those lines is at the gathering the colon's sentence told (pattern: a bulleted or line-per-person roll).
/// </summary>
internal static class LinePerPersonRoll
{
    public const string Note = "line-per-person roll under the sentence's colon";

    public static void Apply(IEnumerable<MeetingMention> mentions, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence)
    {
        foreach (var m in mentions.Where(x => !x.Recalled && !x.TimeAnchor && EndsOnColon(x.Sentence)))
        {
            for (var k = m.Sentence.Index + 1; k < sentences.Count; k++)
            {
                if (ItemPerson(sentences[k], sentences[k - 1], mentionsBySentence[k]) is not { } person) break;
                if (m.Absent.Contains(person.EntityId!)) continue;
                m.Participants.TryAdd(person.EntityId!, "participant");
                if (!m.Notes.Contains(Note)) m.Notes.Add(Note);
            }
        }
    }

    private static bool EndsOnColon(Sentence s) => s.Tokens.Count > 2 && s.Tokens[^1].Text == ":";

    /// <summary>
    /// The person a list line opens with: a line of its own (a paragraph apart from the one before), short, whose first
    /// words are the person's honorifics and name, followed by a comma, a bracket or the line's end (the office after it).
    /// </summary>
    private static Mention? ItemPerson(Sentence line, Sentence previous, IReadOnlyList<Mention> mentions)
    {
        var tokens = line.Tokens;
        if (line.Paragraph == previous.Paragraph || tokens.Count == 0 || tokens.Count > 30) return null;
        var person = mentions.Where(p => p.Kind == MentionKind.Person && p.EntityId is not null).OrderBy(p => p.TokenStart).FirstOrDefault();
        if (person is null || person.TokenStart > 5) return null;
        for (var k = 0; k < person.TokenStart; k++)
            if (!tokens[k].IsCapitalized && tokens[k].Text is not ("." or "-" or "•" or "*" or "–")) return null;
        return person.TokenEnd >= tokens.Count || tokens[person.TokenEnd].Text is "," or "(" or "–" or "—" or "-" ? person : null;
    }
}
