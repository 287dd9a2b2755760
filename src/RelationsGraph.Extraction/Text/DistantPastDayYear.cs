namespace RelationsGraph.Extraction.Text;

/// <summary>
/// "The treaty was signed on 9 March 1790. Talks had opened on 2 January ... ratifications followed on 14 June": a history
/// piece tells its narrative's days without their year once it has named a full date of a time decades past, going back to the
/// talks as often as forward to the ratification (the pattern: a chronicle of a distant year keeps that year until it names
/// another). A day told with its month but no year, a few sentences after a date (or month) told with a year at least
/// <see cref="Distance"/> years before publication, takes that year, before or after the told day. A date of a recent year
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
        foreach (var sentence in sentences)
        {
            if (told is { } t && sentence.Index - t.Sentence > Reach) told = null;
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
                    if (year > p.Year - Distance) told = null;
                    else if (value.Length == 10 || year == story0) told = (sentence.Index, year);
                    continue;
                }
                // Only a day named with its month ("30 March"): "today" and a lone weekday are read from publication.
                if (value.Length != 10 || !date.Text.Any(char.IsDigit) || told is not { } story || year == story.Year) continue;
                var moved = $"{story.Year:D4}{value[4..]}";
                if (!DateOnly.TryParse(moved, out _)) continue;
                list[k] = date with { Value = moved, Rule = Rule };
            }
        }
    }
}
