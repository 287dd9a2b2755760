namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "The treaty was signed on 9 March 1790. Talks had opened on 2 January ... ratifications followed on 14 June": a history
/// piece tells its narrative's days without their year once it has named a full date of a time decades past, going back to the
/// talks as often as forward to the ratification (the pattern: a chronicle of a distant year keeps that year until it names
/// another). A day told with its month but no year, a few sentences after a date (or month) told with a year at least
/// <see cref="Distance"/> years before publication, takes that year, before or after the told day; so does a bare month
/// still read from the present (see BareMonth). A date of a recent year
/// in between ends the chronicle's hold, and only a story set in a distant year (its lede dated there) is read so, since a
/// current report that recalls "independence in December 1963" tells its own days after it; <see cref="StoryDayYear"/> covers
/// the near days after any earlier year.
/// </summary>
public static class DistantPastDayYear
{
    public const string Rule = "a day told without its year, a few sentences after a date told with a year decades before publication, is of that year";

    /// <summary>How many sentences back the told year still holds.</summary>
    private const int Reach = 12;

    /// <summary>How many years before publication the told year must lie.</summary>
    private const int Distance = 25;

    /// <summary>
    /// Rewrites, in place, bare days that follow a date told with a year decades before <paramref name="published"/>, in a
    /// story set in such a year (<paramref name="storyYear"/>, from its dated or anniversary lede): a current report that
    /// recalls an old date keeps its own days.
    /// </summary>
    public static void Carry(IReadOnlyList<Sentence> sentences, List<List<DateExpression>> dates, DateOnly? published, int? storyYear)
    {
        if (published is not { } p || storyYear is not { } story0 || story0 > p.Year - Distance) return;
        (int Sentence, int Year)? told = null;
        // See LapsedHold: the story's own year, once a told year has gone out of reach with no recent date since.
        int? lapsed = null;
        foreach (var sentence in sentences)
        {
            if (told is { } t && sentence.Index - t.Sentence > Reach)
            {
                told = null;
                lapsed = LapsedHold(story0);
            }
            var list = dates[sentence.Index];
            for (var k = 0; k < list.Count; k++)
            {
                var date = list[k];
                if (date.Value is not { Length: >= 7 } value) continue;
                var year = int.Parse(value[..4]);
                if (StoryDayYear.TellsItsYear(date))
                {
                    // A month of another distant year ("had beaten them in July 1836") is background the chronicle passes
                    // through: it neither sets the year nor ends the hold, as a full date or a month of the story's year does.
                    if (year > p.Year - Distance) (told, lapsed) = (null, null);
                    else if (value.Length == 10 || year == story0) told = (sentence.Index, year);
                    continue;
                }
                // Only a day named with its month ("30 March") or a bare month ("in September", see BareMonth): "today",
                // "last month" and a lone weekday are read from publication.
                if (!(value.Length == 10 && date.Text.Any(char.IsDigit) || BareMonth(date, p.Year)) || (told?.Year ?? lapsed) is not { } heldYear || year == heldYear) continue;
                var moved = $"{heldYear:D4}{value[4..]}";
                if (moved.Length == 10 && !DateOnly.TryParse(moved, out _)) continue;
                list[k] = date with { Value = moved, Rule = Rule };
            }
        }
    }

    /// <summary>
    /// "Sixty years ago today, two envoys sat down in a ferry house ... [a dozen sentences on that one evening] ... On 3
    /// October the nine provinces sent delegates to the river port and adopted a charter": a chronicle set in a distant year may tell its
    /// narrative at length between two of its dates, and a day told without its year after a long stretch is still a step of
    /// that narrative, not of the year of publication (the pattern: a history piece stays in its story's year until it names
    /// a recent date). Once the year last told has gone out of <see cref="Reach"/> with no recent date since, bare days take
    /// the story's own year (from its dated or anniversary lede), which a recent date then ends as it ends any hold.
    /// </summary>
    private static int? LapsedHold(int storyYear) => storyYear;

    /// <summary>
    /// "a convention agreed in September", "the envoys met again in November": a month named alone, with neither year nor a
    /// word that counts it from the present or from another told time ("last", "next", "that August"), is a step of the
    /// chronicle as a bare day is (the pattern: a history piece names the months of its narrative year without repeating it).
    /// </summary>
    private static bool BareMonth(DateExpression date, int published)
    {
        // A month an earlier rule has already set in a past year ("that August" after "September 1939") keeps it: only a
        // month still read from the present is the chronicle's.
        if (date.Value is not { Length: 7 } value || date.Text.Any(char.IsDigit) || int.Parse(value[..4]) <= published - Distance) return false;
        var words = date.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Months.Parse(words[^1]) is not null
               && !words.Any(w => w.ToLowerInvariant() is "last" or "next" or "this" or "coming" or "past" or "that" or "following");
    }
}
