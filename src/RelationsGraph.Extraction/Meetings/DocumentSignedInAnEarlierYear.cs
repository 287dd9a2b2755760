using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "the Treaty of Friendship, which A and B signed in X on 4 May 1992", "the 2017 Pipeline Agreement, which A and B signed":
/// an object relative clause that tells how a document was signed, dated in a year before the story's (by the clause's own
/// date or by the year written in the document's name), recalls the document's making as background; that signing stands
/// apart from the story's gatherings and from the signings of other years, as a recalled event does (pattern: news names an
/// older agreement and recounts who signed it, where and when, in a relative clause).
/// </summary>
internal static class DocumentSignedInAnEarlierYear
{
    public const string Note = "document signed in an earlier year, told in a relative clause: a recalled signing";

    /// <summary>How far before the relative pronoun the document's name may write its year ("the 1987 Treaty on Transit and Navigation, which").</summary>
    private const int NameReach = 12;

    public static void Mark(List<Token> tokens, MeetingMention m, int? storyYear)
    {
        if (m.Recalled || m.Planned || !m.Signing || storyYear is not { } year || DocumentBeforeItsSigners.PronounOf(tokens, m.TokenStart) is not { } pronoun) return;
        var signed = m.Date?.Value is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), out var y) ? y : YearInTheName(tokens, pronoun);
        if (signed is null || signed >= year) return;
        m.Recalled = true;
        m.Notes.Add(Note);
    }

    /// <summary>
    /// "the Treaty on Transit and Navigation, which A and B signed in X on 3 June 1987": a document told by its full
    /// title before the relative clause is an older document recounted; its clause tells a signing of its own only when it dates
    /// that signing to a year before the story's ("which A and B signed to update it" recounts no event). The bare noun ("the
    /// treaty that A and B signed in X") tells its signing in any case.
    /// </summary>
    public static bool DatedEarlier(List<Token> tokens, int i, IReadOnlyList<DateExpression> dates, int? storyYear)
    {
        if (storyYear is not { } year) return false;
        foreach (var d in dates)
        {
            if (d.TokenStart <= i || d.TokenStart - i > DateReach || d.Value is not { Length: >= 4 } value || !int.TryParse(value.AsSpan(0, 4), out var y) || y >= year) continue;
            var broken = false;
            for (var k = i + 1; k < d.TokenStart && !broken; k++) broken = tokens[k].Text is "." or ";" or ":" or "(";
            if (!broken) return true;
        }
        return false;
    }

    /// <summary>How far after the verb the clause's date may stand ("signed in X on 18 May 1992").</summary>
    private const int DateReach = 12;

    /// <summary>A year written in the document's name before the pronoun (or the reduced relative's verb), within its clause
    /// ("the 2019 Treaty of Aachen, which"; "the 1920 treaty, signed").</summary>
    public static int? YearInTheName(List<Token> tokens, int pronoun)
    {
        for (var k = pronoun - 1; k >= 0 && pronoun - k <= NameReach && tokens[k].Text is not ("." or ";" or ":" or "(" or ")"); k--)
            if (tokens[k].Text.Length == 4 && int.TryParse(tokens[k].Text, out var y) && y is >= 1000 and <= 2100) return y;
        return null;
    }
}
