namespace RelationsGraph.Extraction.Tests;

/// <summary>Several callers who "also" or "separately" called on someone pay one call each: a meeting per caller, none joining the callers.</summary>
public class CallersApartTests
{
    [Fact]
    public void CallersWhoAlsoCalledOnHimPayOneCallEach()
    {
        var d = TestArticles.Extract("""
            date 2023-10-17 Latvian President Edgars Kalnins arrived in Vilnius on Monday for a three-day state visit to Lithuania.
            Seimas Speaker Rasa Jankute and Defence Minister Tomas Vaitkus also called on him.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rasa-jankute", m.Id) && d.Has("ATTENDED", "person:edgars-kalnins", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:tomas-vaitkus", m.Id) && d.Has("ATTENDED", "person:edgars-kalnins", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rasa-jankute", m.Id) && d.Has("ATTENDED", "person:tomas-vaitkus", m.Id));
    }

    [Fact]
    public void CallersWhoSeparatelyCalledOnTheHostPayOneCallEach()
    {
        var d = TestArticles.Extract("""
            date 2023-10-17 Portuguese Foreign Minister Rui Sampaio and Economy Minister Joana Freitas separately called on President Elias Moyo in Harare on Tuesday.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rui-sampaio", m.Id) && d.Has("ATTENDED", "person:elias-moyo", m.Id));
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:joana-freitas", m.Id) && d.Has("ATTENDED", "person:elias-moyo", m.Id));
        Assert.DoesNotContain(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rui-sampaio", m.Id) && d.Has("ATTENDED", "person:joana-freitas", m.Id));
    }

    /// <summary>Guard: without an adverb telling the calls apart, callers who go together pay one call.</summary>
    [Fact]
    public void CallersTogetherPayOneCall()
    {
        var d = TestArticles.Extract("""
            date 2023-10-17 Portuguese Foreign Minister Rui Sampaio and Economy Minister Joana Freitas called on President Elias Moyo in Harare on Tuesday.
            """);
        Assert.Contains(d.OfType("Meeting"), m => d.Has("ATTENDED", "person:rui-sampaio", m.Id) && d.Has("ATTENDED", "person:joana-freitas", m.Id) && d.Has("ATTENDED", "person:elias-moyo", m.Id));
    }
}
