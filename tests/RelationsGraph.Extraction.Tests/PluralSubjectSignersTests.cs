namespace RelationsGraph.Extraction.Tests;

/// <summary>Plural subjects of a signing: a "they" continuing the previous subject, a comma list of names closed by "and".</summary>
public class PluralSubjectSignersTests
{
    [Fact]
    public void TheyAfterACountedGroupAreThePeopleItCounts()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 JUBA - South Sudanese President Salva Kiir received Sudanese leader Abdel Fattah al-Burhan in Juba on Saturday.
            The two presidents held talks at State House.
            They signed a joint statement on border trade and the Heglig Oil Agreement.
            """);
        foreach (var agreement in d.OfType("Agreement"))
            foreach (var person in new[] { "person:salva-kiir", "person:abdel-fattah-al-burhan" })
                Assert.True(d.Has("SIGNED", person, agreement.Id), person + " " + agreement.Id + "\n" + d.Dump());
    }

    [Fact]
    public void TheyAfterAFrontedPhraseAreTheNamesThatOpenedThePreviousSentence()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 JUBA - The two Sudans settled their oil dispute on Saturday.
            South Sudanese President Salva Kiir and Sudanese leader Abdel Fattah al-Burhan held talks in Juba.
            At the end of the talks they signed the Heglig Oil Agreement.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        Assert.True(d.Has("SIGNED", "person:salva-kiir", agreement.Id), d.Dump());
        Assert.True(d.Has("SIGNED", "person:abdel-fattah-al-burhan", agreement.Id), d.Dump());
    }

    [Fact]
    public void TheyAfterStatesNamesNobody()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 JUBA - South Sudan and Sudan held talks in Juba on Saturday, with President Salva Kiir as host.
            They signed the Heglig Oil Agreement.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "SIGNED");
    }

    [Fact]
    public void EveryNameOfACommaListThatSignedForItsCountrySigned()
    {
        var d = TestArticles.Extract("""
            date 2024-03-02 RABAT - Three Sahel states signed the Atlantic Access Agreement with the European Union on Saturday in Rabat.
            Malian Prime Minister Abdoulaye Maiga, Burkinabe Prime Minister Rimtalba Ouedraogo and Nigerien Prime Minister Ali Lamine Zeine signed for their countries.
            """);
        var agreement = Assert.Single(d.OfType("Agreement"));
        foreach (var person in new[] { "person:abdoulaye-maiga", "person:rimtalba-ouedraogo", "person:ali-lamine-zeine" })
            Assert.True(d.Has("SIGNED", person, agreement.Id), person + "\n" + d.Dump());
    }
}
