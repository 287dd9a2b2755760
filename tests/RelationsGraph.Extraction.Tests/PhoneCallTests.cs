namespace RelationsGraph.Extraction.Tests;

/// <summary>Calls told in passing: by their verb, in reported speech, each between the people on the line.</summary>
public class PhoneCallTests
{
    [Fact]
    public void TelephonedTellsACallBetweenSubjectAndObject()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Ugandan President Yoweri Museveni telephoned Ethiopian Prime Minister Abiy Ahmed on Tuesday to explain the deal.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:yoweri-museveni", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:abiy-ahmed", call.Id), d.Dump());
    }

    [Fact]
    public void TheSpeakerWhoSaysSheHadSpokenToSomeoneIsOnTheCall()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Tanzanian President Samia Suluhu Hassan said she had spoken to Kenyan President William Ruto by telephone on Thursday.
            """);
        var call = d.OfType("Meeting").Single(m => m.Kind == "phone_call");
        Assert.True(d.Has("ATTENDED", "person:samia-suluhu-hassan", call.Id), d.Dump());
        Assert.True(d.Has("ATTENDED", "person:william-ruto", call.Id), d.Dump());
    }

    [Fact]
    public void SayingOneHopedSomethingPutsTheSpeakerAtNoMeeting()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Tanzanian President Samia Suluhu Hassan said she hoped to build on the visit Kenyan President William Ruto paid in May.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:samia-suluhu-hassan");
    }

    [Fact]
    public void AnotherPairOnThePhoneIsAnotherCall()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Ugandan President Yoweri Museveni telephoned Ethiopian Prime Minister Abiy Ahmed on Tuesday.
            Somali President Hassan Sheikh Mohamud also spoke by phone with Abiy Ahmed.
            """);
        var calls = d.OfType("Meeting").Where(m => m.Kind == "phone_call").ToList();
        Assert.Equal(2, calls.Count);
        Assert.DoesNotContain(calls, c => d.Has("ATTENDED", "person:yoweri-museveni", c.Id) && d.Has("ATTENDED", "person:hassan-sheikh-mohamud", c.Id));
    }

    [Fact]
    public void BeingPresentDoesNotJoinACall()
    {
        var d = TestArticles.Extract("""
            date 2023-12-16 Brazilian President Luiz Inacio Lula da Silva telephoned Venezuelan President Nicolas Maduro on Saturday.
            Dominican Prime Minister Roosevelt Skerrit attended.
            """);
        Assert.DoesNotContain(d.OfType("Meeting"), m => m.Kind == "phone_call" && d.Has("ATTENDED", "person:roosevelt-skerrit", m.Id));
    }
}

/// <summary>Welcoming a thing is a reaction; welcoming people is hosting them.</summary>
public class WelcomingTests
{
    [Fact]
    public void WelcomingAnAgreementHostsNobody()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Irish Taoiseach Micheal Martin welcomed the agreement in Dublin on Monday, calling it overdue.
            """);
        Assert.DoesNotContain(d.Relationships, r => r.Type == "ATTENDED");
    }

    [Fact]
    public void WelcomingTheVisitingDelegationsStillHostsThem()
    {
        var d = TestArticles.Extract("""
            date 2025-03-10 Kenyan President William Ruto welcomed the delegations at State House in Nairobi on Monday.
            """);
        Assert.Contains(d.Relationships, r => r.Type == "ATTENDED" && r.From == "person:william-ruto");
    }
}
