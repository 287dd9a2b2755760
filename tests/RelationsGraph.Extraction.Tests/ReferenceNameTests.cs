using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests;

/// <summary>The word a bare reference to an office-holder uses, by naming convention.</summary>
public class ReferenceNameTests
{
    private static string? Of(string name, string? iso) =>
        ReferenceName.Of(new OfficeHolder(name, iso, "President", []), Text.NameKey.Of(name).Split(' '));

    [Theory]
    [InlineData("Keir Starmer", "GB", "starmer")]
    [InlineData("Moon Jae-in", "KR", "moon")]
    [InlineData("Ban Ki-moon", null, "ban")]
    [InlineData("Xi Jinping", "CN", "xi")]
    [InlineData("Prabowo Subianto", "ID", "prabowo")]
    [InlineData("Paetongtarn Shinawatra", "TH", "paetongtarn")]
    [InlineData("Anwar Ibrahim", "MY", "anwar")]
    [InlineData("Tamim bin Hamad Al Thani", "QA", "tamim")]
    [InlineData("Ferdinand Marcos Jr.", "PH", "marcos")]
    [InlineData("Charles III", "GB", "charles")]
    [InlineData("Tavio II", "JO", "tavio")]
    public void TheReferenceWordFollowsTheNamingConvention(string name, string? iso, string? expected) =>
        Assert.Equal(expected, Of(name, iso));

    [Fact]
    public void TheKnowledgeIndexesHoldersByTheirReferenceWord()
    {
        var moon = KnowledgeBase.Default.HoldersByReferenceName("moon").Select(h => h.Holder.Name).ToList();
        Assert.Equal(["Moon Jae-in"], moon);
        Assert.Contains(KnowledgeBase.Default.HoldersByReferenceName("ban"), h => h.Holder.Name == "Ban Ki-moon");
        // One entry per person, though Kishida held two offices.
        Assert.Single(KnowledgeBase.Default.HoldersByReferenceName("kishida"));
    }

    [Fact]
    public void APresidentNamedByFamilyNameAloneIsTheKnownHolder()
    {
        // "moon" is also the last syllable of Ban Ki-moon; the bare "President Moon" is still Moon Jae-in.
        var d = TestArticles.Extract("President Moon said on Friday that the two Koreas would reopen their liaison office.");
        Assert.Contains(d.Entities, e => e.Id == "person:moon-jae-in");
        Assert.DoesNotContain(d.Entities, e => e.Id == "person:moon");
    }
}
