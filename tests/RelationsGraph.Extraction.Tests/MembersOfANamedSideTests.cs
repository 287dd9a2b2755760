namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// "On the Ruritanian side the talks were attended by A and B", "The Ruritanian delegation was made up of A and B",
/// "A and B sat on the Ruritanian side": a side, delegation or team named by its country heads a list of people, and an
/// unmarked member of that list serves that country.
/// </summary>
public class MembersOfANamedSideTests
{
    private const string Opening = "date 2024-03-12 Two neighbouring governments opened talks on river transport at a lakeside resort on Tuesday. ";

    [Fact]
    public void MembersListedAfterASideOpenerTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "On the Ghanaian side the session was attended by the planning minister, Ama Owusu-Ansah, and the harbour commissioner, Yaw Darkwa-Pinto.");
        Assert.True(d.Has("REPRESENTS", "person:ama-owusu-ansah", "country:gh"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:yaw-darkwa-pinto", "country:gh"), d.Dump());
    }

    [Fact]
    public void MembersOfADelegationToldAsSubjectTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The Peruvian delegation was made up of Tomas Quispe-Huaman, the deputy director for inland ports, and Elena Vargas-Llosa, a senior river engineer.");
        Assert.True(d.Has("REPRESENTS", "person:tomas-quispe-huaman", "country:pe"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:elena-vargas-llosa", "country:pe"), d.Dump());
    }

    [Fact]
    public void AMemberPlacedOnASideAfterTheNameTakesItsCountry()
    {
        var d = TestArticles.Extract(Opening + "Seated at the table were Oskar Lindqvar, the head of the ferry authority, on the Norwegian side, and Maren Solbakk on the other.");
        Assert.True(d.Has("REPRESENTS", "person:oskar-lindqvar", "country:no"), d.Dump());
    }

    [Fact]
    public void TheHeadOfADelegationNamedByItsCountryTakesItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The mediators first received a Chilean delegation under Pedro Alcantara-Ruiz, the chief negotiator, in the morning.");
        Assert.True(d.Has("REPRESENTS", "person:pedro-alcantara-ruiz", "country:cl"), d.Dump());
    }

    [Fact]
    public void MembersOfASignerRollNamedByNationalityTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The Peruvian signers were Tomas Quispe-Huaman, the deputy director for inland ports, and Elena Vargas-Llosa, a senior river engineer.");
        Assert.True(d.Has("REPRESENTS", "person:tomas-quispe-huaman", "country:pe"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:elena-vargas-llosa", "country:pe"), d.Dump());
    }

    [Fact]
    public void MembersOfASemicolonRollOfSignatoriesTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The Peruvian signatories were Tomas Quispe-Huaman, a retired judge; Elena Vargas-Llosa, a senior river engineer; and Marco Illari-Condori, a poet.");
        Assert.True(d.Has("REPRESENTS", "person:elena-vargas-llosa", "country:pe"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:marco-illari-condori", "country:pe"), d.Dump());
    }

    [Fact]
    public void AMemberWhoLedASideAfterAnAbbreviatedNameTakesItsCountry()
    {
        var d = TestArticles.Extract(Opening + "Rafael Montoya Jr., the senior official who led the Chilean technical team for six years, welcomed the text.");
        Assert.True(d.Has("REPRESENTS", "person:rafael-montoya-jr", "country:cl"), d.Dump());
    }

    [Fact]
    public void WhatAMemberSaysAboutASideDoesNotPlaceThem()
    {
        var d = TestArticles.Extract(Opening + "Sigrid Haldorsen, the mediator, said the Norwegian side had accepted the draft.");
        Assert.False(d.Has("REPRESENTS", "person:sigrid-haldorsen", "country:no"), d.Dump());
    }

    [Fact]
    public void APersonTheSideMeetsIsNoMember()
    {
        var d = TestArticles.Extract(Opening + "The Norwegian delegation then met Maren Solbakk and her aides at the harbour, Solbakk said.");
        Assert.False(d.Has("REPRESENTS", "person:maren-solbakk", "country:no"), d.Dump());
    }

    [Fact]
    public void MembersListedUnderItsInTheNextSentenceTakeTheSidesCountry()
    {
        var d = TestArticles.Extract(Opening + "The Bolivian delegation was headed by Rosa Mamani-Tupac, a former appeals judge. Its other members were Carlos Condori-Apaza and Maria Vilca-Huanca.");
        Assert.True(d.Has("REPRESENTS", "person:carlos-condori-apaza", "country:bo"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:maria-vilca-huanca", "country:bo"), d.Dump());
    }

    [Fact]
    public void MembersSeatedBesideTheHeadInTheNextSentenceTakeTheSidesCountry()
    {
        var d = TestArticles.Extract(Opening + "The Ecuadorian delegation was led by Andres Pillajo-Toapanta, a retired admiral. Beside him sat Lucia Quishpe-Morales and Efrain Guaman-Sisa.");
        Assert.True(d.Has("REPRESENTS", "person:lucia-quishpe-morales", "country:ec"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:efrain-guaman-sisa", "country:ec"), d.Dump());
    }

    [Fact]
    public void PeopleWhoseSignaturesAreASidesTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "The Bolivian signatures were those of Ramiro Cutipa-Lazo, the inland waterways director, and Sonia Mamani-Apaza, a harbour lawyer.");
        Assert.True(d.Has("REPRESENTS", "person:ramiro-cutipa-lazo", "country:bo"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:sonia-mamani-apaza", "country:bo"), d.Dump());
    }

    [Fact]
    public void ACountrysNegotiatorsToldByACopulaTakeItsCountry()
    {
        var d = TestArticles.Extract(Opening + "Paraguay's negotiators were the treasury councillor Hugo Benitez-Roa and Marta Insfran-Duarte.");
        Assert.True(d.Has("REPRESENTS", "person:hugo-benitez-roa", "country:py"), d.Dump());
        Assert.True(d.Has("REPRESENTS", "person:marta-insfran-duarte", "country:py"), d.Dump());
    }
}
