using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Envoys of sixty nations watched from seats in the stands. Among them were A, B and C": a crowd told as onlookers (in the stands, in
/// the audience, in the gallery, in attendance, looking on), then counted out by a roll opening on "Among them", places the
/// people of the roll at the act the story told last, however many sentences of its scene came between (pattern: a roll of
/// the onlookers of a ceremony; see <see cref="PresenceAtTheAct"/>, which otherwise wants the very next sentence).
/// </summary>
internal static class RollOfTheOnlookers
{
    public const string Note = "roll of the onlookers told in the sentence before";

    public static void Apply(IEnumerable<MeetingMention> mentions, IReadOnlyList<Sentence> sentences)
    {
        foreach (var m in mentions)
        {
            if (!m.Attendance || m.Sentence.Index == 0 || m.TokenStart != 0 || !OpensOnAmongThem(m.Sentence.Tokens)) continue;
            if (!TellsOnlookers(sentences[m.Sentence.Index - 1].Tokens)) continue;
            m.OfOnlookers = true;
            m.Notes.Add(Note);
        }
    }

    /// <summary>"Among them were", "Among them was", "Among them, ...".</summary>
    private static bool OpensOnAmongThem(List<Token> tokens) =>
        tokens.Count > 3 && tokens[0].Lower == "among" && tokens[1].Lower is "them" or "those";

    /// <summary>"were in the stands", "sat in the audience", "in the public gallery", "were in attendance", "looked on".</summary>
    private static bool TellsOnlookers(List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var w = tokens[i].Lower;
            if (w is "looked" or "looking" && tokens[i + 1].Lower == "on") return true;
            if (w != "in") continue;
            if (tokens[i + 1].Lower == "attendance") return true;
            for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
                if (tokens[j].Lower is "stands" or "audience" or "gallery" or "grandstand" or "galleries") return true;
        }
        return false;
    }
}
