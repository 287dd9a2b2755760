namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Who signed, told by a coordinated subject whose last member is set apart by a relative clause, by a dash aside between the
/// subject and "and signed", and by the simple present of a headline.
/// </summary>
public class SignerCoordinationAndHeadlineTests
{
    private const string Lead = """
        date 2024-05-14 Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha on Tuesday.

        """;

    [Fact]
    public void TheFirstMemberOfASubjectSignsWhenTheLastHasARelativeClause()
    {
        var d = TestArticles.Extract(Lead + "Ruto and his Tanzanian counterpart, Samia Suluhu Hassan, who arrived from Dodoma in the morning, put their signatures to the Arusha Maize Agreement.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:william-ruto", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:samia-suluhu-hassan", agreement.Id), d.Dump());
    }

    [Fact]
    public void NamesInADashAsideAreWitnessesAndTheClauseSubjectSigns()
    {
        var d = TestArticles.Extract(Lead + "Shortly after noon, Ruto and Hassan sat down before the guests — Ugandan President Yoweri Museveni, Rwandan President Paul Kagame and their host, Arusha mayor Maxmillian Iranqhe — and signed the Arusha Maize Agreement.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:william-ruto", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:samia-suluhu-hassan", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:yoweri-museveni", agreement.Id), d.Dump());
        Assert.False(d.Has("SIGNED", "person:paul-kagame", agreement.Id), d.Dump());
    }

    [Fact]
    public void ADashAppositionRightBeforeTheVerbIsTheSubject()
    {
        var d = TestArticles.Extract(Lead + "The two presidents - Ruto and Hassan - signed the Arusha Maize Agreement after the talks.");
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:william-ruto", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:samia-suluhu-hassan", agreement.Id), d.Dump());
    }

    [Fact]
    public void ADashAppositionOfABareSigningsSubjectSignsTheStorysDocument()
    {
        var d = TestArticles.Extract("""
            TARVIK, April 9 (Wire) - President Oren Halvik of Norland and President Ada Stemm of Vessia signed the Tarvik River Treaty on Tuesday at the old customs house.

            The talks had been prepared by Norland's foreign minister, Tomas Dorne, over two years.

            Their foreign ministers - Tomas Dorne of Norland and Lise Kaarna of Vessia - signed alongside them.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:tomas-dorne", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:lise-kaarna", agreement.Id), d.Dump());
    }

    [Fact]
    public void AHeadlinesPresentTenseSigns()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Ruto and Hassan sign Arusha Maize Agreement

            Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha on Tuesday.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:william-ruto", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:samia-suluhu-hassan", agreement.Id), d.Dump());
    }

    [Theory]
    [InlineData("Ruto and Hassan To Sign Arusha Maize Agreement")]
    [InlineData("Trade will grow once Ruto and Hassan sign the Arusha Maize Agreement")]
    public void APlannedOrConditionalSignSignsNothing(string headline)
    {
        var d = TestArticles.Extract($"""
            date 2024-05-14 {headline}

            Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha on Tuesday.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }
}

/// <summary>"signed in Arusha on May 14, 1999, by A and B": agents after a dated place phrase with its commas.</summary>
public class SignedByAfterADateTests
{
    [Fact]
    public void AgentsAfterADatedPlacePhraseSigned()
    {
        var d = TestArticles.Extract("""
            date 2024-05-14 Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha on Tuesday.

            The talks built on the Lake Victoria Fisheries Convention, signed in Arusha on May 14, 1999, by Kenyan President Daniel arap Moi and Tanzanian President Benjamin Mkapa.
            """);
        var convention = Assert.Single(d.OfType("Agreement"), a => a.Name.Contains("Lake Victoria", StringComparison.Ordinal));
        Assert.True(d.Has("SIGNED", "person:daniel-arap-moi", convention.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:benjamin-mkapa", convention.Id), d.Dump());
    }
}
