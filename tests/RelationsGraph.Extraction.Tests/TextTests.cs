using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests;

public class TextTests
{
    [Fact]
    public void SentenceSplitterKnowsAbbreviationsAndInitials()
    {
        var sentences = SentenceSplitter.Split("Mr. Kim flew to the U.S. President Biden met him on Jan. 4 in Washington. The talks ended. “We agree,” he said. S. Korea welcomed it.");
        Assert.Equal(
            ["Mr. Kim flew to the U.S. President Biden met him on Jan. 4 in Washington.", "The talks ended.", "“We agree,” he said.", "S. Korea welcomed it."],
            sentences.Select(s => s.Text));
    }

    [Fact]
    public void LineBreaksEndSentences()
    {
        var sentences = SentenceSplitter.Split("Leaders meet in Rome\n\nThe summit opened on Monday.");
        Assert.Equal(2, sentences.Count);
        Assert.NotEqual(sentences[0].Paragraph, sentences[1].Paragraph);
    }

    [Fact]
    public void NameKeysFoldAccentsHyphensAndCase()
    {
        Assert.Equal(NameKey.Slug("Lee Jae-myung"), NameKey.Slug("Lee Jae Myung"));
        Assert.Equal("jose-marti", NameKey.Slug("José Martí"));
        Assert.Equal(NameKey.Of("S. Korea"), NameKey.Of("s korea"));
    }

    private static string? Resolve(string sentence, string published)
    {
        var s = SentenceSplitter.Split(sentence)[0];
        return DateResolver.Find(s, DateOnly.Parse(published)).FirstOrDefault()?.Value;
    }

    [Theory]
    [InlineData("The envoys met on Monday.", "2024-06-12", "2024-06-10")] // a Wednesday: the Monday before
    [InlineData("The envoys will meet on Friday.", "2024-06-12", "2024-06-14")]
    // A future cue in a later clause tells what was said, not when the day falls: the weekday is the one before publication.
    [InlineData("The minister telephoned her counterpart on Tuesday to say the ferry service would resume.", "2024-06-12", "2024-06-11")]
    [InlineData("The envoys sat down together on Monday and agreed that the crossing would stay open.", "2024-06-12", "2024-06-10")]
    [InlineData("On Friday the envoys will meet again.", "2024-06-12", "2024-06-14")]
    // A day after the story's month: last year's when told in passing, this year's when the sentence looks ahead.
    [InlineData("The ministers met in Lisbon on 14 October.", "2024-05-20", "2023-10-14")]
    [InlineData("The foreign ministers meet in Lisbon on 14 and 15 October to review the plan.", "2024-05-20", "2024-10-14")]
    [InlineData("The pact backs the forum, which opens in Accra on 2 November.", "2024-05-20", "2024-11-02")]
    [InlineData("The charter confirms a memorandum of 19 September.", "2024-05-20", "2023-09-19")]
    // A two-day span opens on its first day; a stay of three days or more is dated by its month.
    [InlineData("The talks ran on 3 and 4 March in Accra.", "2024-06-01", "2024-03-03")]
    [InlineData("The envoys met on 12-13 June.", "2024-06-20", "2024-06-12")]
    [InlineData("The president was in Accra from 3 to 7 March.", "2024-06-01", "2024-03")]
    [InlineData("They met on Jan. 13 in Oslo.", "2026-01-20", "2026-01-13")]
    [InlineData("They met on Dec. 30 in Oslo.", "2026-01-05", "2025-12-30")]
    [InlineData("The talks took place on March 4, 2019.", "2024-01-01", "2019-03-04")]
    [InlineData("In January, the two sides met.", "2026-03-01", "2026-01")]
    [InlineData("They first met last October.", "2026-01-14", "2025-10")]
    [InlineData("He visited twice earlier in 2026.", "2026-03-01", "2026")]
    [InlineData("The deal was signed last year.", "2024-05-01", "2023")]
    [InlineData("The pact was signed 30 years ago.", "2024-05-01", "1994")]
    // Spelled counts of years, and an anniversary told on its own day or week.
    [InlineData("Twenty-six years ago this month, the Varnel charter was sealed in Ostrava.", "2024-05-01", "1998-05")]
    [InlineData("Sixty years ago today, the two regents of Kelmar met on the ferry.", "2024-05-01", "1964-05-01")]
    [InlineData("Fifteen years ago this week, the envoys of Dravia signed the border accord.", "2024-05-01", "2009-05")]
    // A centenary or bicentenary piece counts its years in hundreds; "tonight" is the day's own anniversary as "today" is.
    [InlineData("A hundred years ago today, the envoys of Dravia signed the river accord in Kessa.", "2024-05-01", "1924-05-01")]
    [InlineData("Two hundred years ago tonight, three envoys of Velmar sealed the harbour treaty.", "2024-05-01", "1824-05-01")]
    // A count past a whole century is read whole, its tens and units after "and", not from its last word alone.
    [InlineData("One hundred and forty years ago today, the envoys of Dravia signed the canal treaty in Kessa.", "2024-05-01", "1884-05-01")]
    [InlineData("Two hundred and twenty-five years ago this week, the regents of Kelmar sealed the salt pact.", "2024-05-01", "1799-05")]
    public void RelativeDatesResolveAgainstThePublicationDate(string sentence, string published, string expected) =>
        Assert.Equal(expected, Resolve(sentence, published));

    [Fact]
    public void WithoutAPublicationDateRelativeDatesStayUnresolved()
    {
        var s = SentenceSplitter.Split("They met on Monday and again on June 3, 2021.")[0];
        var dates = DateResolver.Find(s, null);
        Assert.Null(dates[0].Value);
        Assert.Equal("2021-06-03", dates[1].Value);
    }

    /// <summary>A date printed only above the story may fall days after its events: it counts whole years, never days, and a
    /// month told as "last" or "next" only when it does not border the anchor's month.</summary>
    [Theory]
    [InlineData("The two ports were linked by a treaty signed on 9 August last year.", "9 August last year", "2023-08-09")]
    [InlineData("The lake commission was set up 20 years ago by the three states.", "20 years ago", "2004")]
    [InlineData("Thirty years ago today the lake commission first met.", "Thirty years ago today", "1994")]
    [InlineData("The envoys first met in Kisumu in March last year.", "March last year", "2023-03")]
    [InlineData("The envoys first met in Kisumu last December.", "last December", "2023-12")]
    [InlineData("The envoys first met in Kisumu last April.", "last April", null)]
    [InlineData("The envoys first met in Kisumu last May.", "last May", null)]
    [InlineData("The envoys will meet again in Kisumu next September.", "next September", "2024-09")]
    [InlineData("The envoys will meet again in Kisumu next May.", "next May", null)]
    [InlineData("The envoys met in Kisumu on Monday.", "on Monday", null)]
    [InlineData("The envoys met in Kisumu last month.", "last month", null)]
    public void AnOpeningLineDateAnchorsWholeYearsOnly(string sentence, string phrase, string? expected)
    {
        var s = SentenceSplitter.Split(sentence)[0];
        var date = DateResolver.Find(s, null, new DateOnly(2024, 5, 2)).Single(d => d.Text == phrase);
        Assert.Equal(expected, date.Value);
    }

    /// <summary>An anniversary piece's lede sets the year of the documents it then tells of without one.</summary>
    [Fact]
    public void AnAnniversaryLedeSetsTheYearOfTheDocumentsItTells()
    {
        var d = TestArticles.Extract("*Posted 3 June 2024 by a staff writer*\n\nForty years ago today, Ghana and Togo closed their long quarrel over the river crossing at Dakpa. The two presidents signed a border treaty in the customs hall that evening.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1984, treaty.Year);
    }

    /// <summary>A retrospective's headline counts years back with no day of its own; an opening date in that year confirms it.</summary>
    [Fact]
    public void ACountedHeadlineConfirmedByAnOpeningDateSetsTheStoryYear()
    {
        var d = TestArticles.Extract("# Fifty years ago: the evening two neighbours settled the Varlo ford\n\n*Posted 9 April 2021 by a staff writer*\n\nOn the morning of 8 April 1971 Miro Tavesh crossed the Varlo ford to meet Anek Duvari. Ghana and Togo signed a border treaty in the customs hall that evening.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1971, treaty.Year);
    }

    /// <summary>"that November" refers back to the year the text last told, not to the publication year.</summary>
    [Fact]
    public void AMonthPointedAtWithThatTakesTheYearLastTold()
    {
        var d = TestArticles.Extract("*Posted 3 March 2024 by a staff writer*\n\nThe dispute goes back to 4 May 1991, when Orlan Beck opened the Kessa dam. Orlan Beck met Miro Tavesh in Lomé that November.");
        var talks = Assert.Single(d.OfType("Meeting"));
        Assert.StartsWith("1991-11", talks.Date);
    }

    /// <summary>"Forty years on:" heads a retrospective like "Forty years ago:"; the opening date confirms the year it counts back to.</summary>
    [Fact]
    public void ACountedYearsOnHeadlineConfirmedByAnOpeningDateSetsTheStoryYear()
    {
        var d = TestArticles.Extract("# Forty years on: the winter the Kessa bridge was shared\n\n*Posted 3 March 2024 by a staff writer*\n\nIn February 1984 Orlan Beck drove to the river town of Kessa to meet Miro Tavesh. On 2 March Ghana and Togo signed a border treaty in the customs hall.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1984, treaty.Year);
    }

    /// <summary>"Ten years on," opening a lede speaks of the present, not of a heading's recalled year.</summary>
    [Fact]
    public void ACountedYearsOnInALedeSetsNoStoryYear()
    {
        var d = TestArticles.Extract("*Posted 3 March 2024 by a staff writer*\n\nTen years on, the Kessa bridge opened in 2014 is busy again. On 2 March Ghana and Togo signed a border treaty in the customs hall.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2014, treaty.Year);
    }

    /// <summary>"Half a century ago today" is an anniversary lede like "Fifty years ago today".</summary>
    [Fact]
    public void HalfACenturyAgoTodaySetsTheStoryYear()
    {
        var d = TestArticles.Extract("*Posted 2 May 2023 by a staff writer*\n\nHalf a century ago today, Orlan Beck flew to the river town of Kessa in May 1973. Ghana and Togo signed a border treaty in the customs hall that evening.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1973, treaty.Year);
    }

    /// <summary>"One hundred years ago today" counts a century in words past the tens, and the opening date confirms it.</summary>
    [Fact]
    public void OneHundredYearsAgoTodaySetsTheStoryYear()
    {
        var d = TestArticles.Extract("*Posted 11 August 2022 by a staff writer*\n\nOne hundred years ago today, in the mill town of Varnost, the envoys of Ghana and Togo signed a border treaty. The talks had opened in Varnost on 2 July 1922.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1922, treaty.Year);
    }

    /// <summary>
    /// "A hundred years ago today" dates the lede's signing without a confirming date, as "Sixty years ago today" does: the
    /// day's "today" is not the publication day (the pattern: a centenary piece counts back in hundreds).
    /// </summary>
    [Fact]
    public void AHundredYearsAgoTodayDatesTheTreatyOfTheLede()
    {
        var d = TestArticles.Extract("*Posted 14 June 2023 by a staff writer*\n\nA hundred years ago today, in the town hall of Varnost, the envoys of Ghana and Togo signed the Treaty of Varnost. The treaty held for decades.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1923, treaty.Year);
    }

    /// <summary>A date in the clause of "the anniversary of the X Treaty" is the remembering's day, not the treaty's year.</summary>
    [Fact]
    public void AnniversaryOfATreatyDoesNotTakeTheClausesDate()
    {
        var d = TestArticles.Extract("A commentary, written on 4 April 1988, on the thirtieth anniversary of the Treaty of Varnost. The envoys of Ghana and Togo had met in Varnost.");
        Assert.DoesNotContain(d.OfType("Agreement"), a => a.Year == 1988);
    }

    /// <summary>"A hundred years on:" heads a centenary piece as "Forty years on:" does; the opening date confirms the year.</summary>
    [Fact]
    public void AHundredYearsOnHeadlineSetsTheStoryYear()
    {
        var d = TestArticles.Extract("# A hundred years on: the evening the Drava ferry was shared\n\n*Posted 9 May 2024 by a staff writer*\n\nOn the evening of 9 May 1924 Tarek Holm crossed the Drava to meet Ilse Vandor. Ghana and Togo signed a border treaty in the ferry house that night.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1924, treaty.Year);
    }

    /// <summary>
    /// "Eighty years ago this morning," is the day's own anniversary as "today" is; the background paragraph after the lede,
    /// past a blog's masthead and menu, dates the event in full and confirms the year counted back to.
    /// </summary>
    [Fact]
    public void ACountedLedeThisMorningConfirmedByTheBackgroundParagraphSetsTheStoryYear()
    {
        var d = TestArticles.Extract("**Kessa Notes** - a blog about rivers and borders\n\n[Home](/) | [Archive](/archive)\n\n---\n\n# Eighty years after Dakpa: a crossing shared\n\n*Posted 6 June 2024 · Border history · 9 min read*\n\n"
            + "Eighty years ago this morning, two clerks sat down in the customs hall at Dakpa. Neither of them was a minister. That explains a great deal.\n\n## How it came about\n\n"
            + "The talks were the product of an earlier round. At the ferry conference of March 1944, Orlan Beck and Miro Tavesh agreed to meet again. "
            + "In the end Ghana and Togo signed a border treaty in the customs hall.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(1944, treaty.Year);
    }

    /// <summary>"on March 3 last year", "on 3 March last year": a day whose year is counted from publication is one date.</summary>
    [Theory]
    [InlineData("The charter that Orlan Beck and Miro Tavesh signed at Dakpa on March 3 last year is still in force.", "2023-03-03")]
    [InlineData("The charter that Orlan Beck and Miro Tavesh signed at Dakpa on 3 March last year is still in force.", "2023-03-03")]
    [InlineData("Orlan Beck will visit Dakpa on 3 March next year.", "2025-03-03")]
    public void ADayWithACountedYearIsOneDate(string text, string expected)
    {
        var s = SentenceSplitter.Split(text)[0];
        var date = Assert.Single(DateResolver.Find(s, new DateOnly(2024, 6, 10)));
        Assert.Equal(expected, date.Value);
    }

    /// <summary>A count of years in passing, with no heading or "today" of its own, leaves the story in the present.</summary>
    [Fact]
    public void ACountOfYearsInPassingSetsNoStoryYear()
    {
        var d = TestArticles.Extract("*Posted 2 May 2023 by a staff writer*\n\nThe ferry across the Kessa, halted twenty years ago in 2003, reopened on Tuesday. Ghana and Togo signed a border treaty in the customs hall that evening.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.NotEqual(2003, treaty.Year);
    }

    [Fact]
    public void ATreatyRecalledAsLastYearsTakesTheYearBeforeAnOpeningLineDate()
    {
        var d = TestArticles.Extract("*Posted 14 March 2023 by a staff writer*\n\nZambia and Malawi began work on the border bridge on Tuesday. The bridge was agreed in the Chipata Treaty that Zambia and Malawi signed in Lilongwe on 2 June last year.");
        var treaty = Assert.Single(d.OfType("Agreement"));
        Assert.Equal(2022, treaty.Year);
    }
}
