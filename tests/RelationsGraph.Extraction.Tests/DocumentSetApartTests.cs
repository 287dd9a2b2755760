namespace RelationsGraph.Extraction.Tests;

/// <summary>An indefinite document the text marks as distinct ("a separate", "another", "a second", "also signed a") is a document of its own; "the memorandum" refers back.</summary>
public class DocumentSetApartTests
{
    [Fact]
    public void ASeparateMemorandumSignedAtTheSameTalksIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2023-05-16 Chilean President Gabriel Boric held talks with Argentine President Alberto Fernandez in Santiago on Tuesday. The two foreign ministers signed a memorandum of understanding on border crossings during the talks.

            A separate memorandum of understanding on glacier monitoring was signed by the two environment ministers during the talks.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AnotherAgreementIsNotTheOneBefore()
    {
        var d = TestArticles.Extract("""
            date 2022-11-08 Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Kampala on Tuesday, where they signed an agreement on railway financing.

            At the same meeting in Kampala the two presidents signed another agreement, covering fisheries on Lake Victoria.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ASecondAccordIsADocumentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2021-03-04 Peruvian President Francisco Sagasti met Bolivian President Luis Arce in Lima on Thursday, and the two signed an accord on water sharing.

            During the meeting in Lima they signed a second accord on customs checks at the border.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void TheMemorandumStillRefersBack()
    {
        var d = TestArticles.Extract("""
            date 2023-05-16 Chilean President Gabriel Boric held talks with Argentine President Alberto Fernandez in Santiago on Tuesday. The two presidents signed a memorandum of understanding on border crossings during the talks.

            The memorandum was welcomed by traders in both countries.
            """);
        Assert.Single(d.OfType("Agreement"));
    }

    [Fact]
    public void AnAgreementAfterAMemorandumAtOneMeetingIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-06-11 Ghanaian President Nana Akufo-Addo held talks with Ivorian President Alassane Ouattara in Accra on Tuesday. The two foreign ministers signed a memorandum of understanding on cocoa pricing during the talks.

            The two trade ministers signed a customs agreement during the talks in Accra.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AnotherTopicAtOneMeetingIsAnotherDocument()
    {
        var d = TestArticles.Extract("""
            date 2019-06-11 Ghanaian President Nana Akufo-Addo held talks with Ivorian President Alassane Ouattara in Accra on Tuesday. The two foreign ministers signed an agreement on cocoa pricing during the talks.

            The two energy ministers signed an agreement on power exports during the talks in Accra.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void AMemorandumDescribedByItsSubjectIsNotTheDeclaration()
    {
        var d = TestArticles.Extract("""
            date 2022-04-07 Nepali Prime Minister Sher Bahadur Deuba and Indian Prime Minister Narendra Modi adopted a joint declaration on hydropower at their talks in New Delhi on Saturday.

            The tourism memorandum was exchanged by the two ambassadors after the talks.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ASubjectNameThenTheFullTitleIsOneMemorandum()
    {
        var d = TestArticles.Extract("""
            date 2022-04-07 Nepali Prime Minister Sher Bahadur Deuba and Indian Prime Minister Narendra Modi adopted a joint declaration on hydropower at their talks in New Delhi on Saturday.

            The tourism MoU

            The last document was a Memorandum of Understanding on Tourism Promotion, signed by the two tourism ministers.
            """);
        Assert.Equal(2, d.OfType("Agreement").Count());
    }

    [Fact]
    public void ACompanionTreatyIsADocumentOfItsOwn()
    {
        var d = TestArticles.Extract("""
            date 2030-04-09 Ruritanian Foreign Minister Ola Brekkestad and Vestrian Foreign Minister Tomas Helvik met in Varnholm on Tuesday and signed the Treaty on the Ruritanian-Vestrian Land Border.

            During the ceremony both ministers signed a companion treaty fixing the line between their waters.
            """);
        Assert.True(d.OfType("Agreement").Count() == 2, d.Dump());
    }
}
