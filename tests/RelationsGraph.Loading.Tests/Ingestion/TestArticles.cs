using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Loading.Tests.Ingestion;

/// <summary>Articles written for these tests (an invented summit between invented countries), with their extractions.</summary>
internal static class TestArticles
{
    public const string HoltAttendedSentenceA = "President Mira Holt of Veldora met Prime Minister Oren Task of Castavia in Lakeside in May 2030.";
    public const string HoltAttendedSentenceB = "Ms Holt returned to Lakeside on 3 May 2030 for a second day of talks with Mr Task.";
    public const string SignedSentence = "The two leaders signed the Lakeside Accord on fisheries.";
    public const string HostileText = "He said: 'it's \"done\"' \\ C:\\path '}) DETACH DELETE n // $batch {{Label}}";

    public static string WriteSummitA(TempDirectory directory) => Write(directory, "summit-a",
        $"{HoltAttendedSentenceA} {SignedSentence}",
        Document("article:summit-a", "Leaders meet in Lakeside",
            [Holt("Mira Holt"), Task(), Country("veldora", "Veldora"), Country("castavia", "Castavia"), Summit("2030-05"), Accord(), Lakeside()],
            [
                Relationship("ATTENDED", "person:mira-holt", "meeting:2030-05-lakeside", HoltAttendedSentenceA, 0.8, "host"),
                Relationship("ATTENDED", "person:oren-task", "meeting:2030-05-lakeside", HoltAttendedSentenceA, 0.8, "guest"),
                Relationship("SIGNED", "person:mira-holt", "agreement:lakeside-accord", SignedSentence, 0.7),
                Relationship("PRODUCED", "meeting:2030-05-lakeside", "agreement:lakeside-accord", SignedSentence, 0.6),
                Relationship("REPRESENTS", "person:mira-holt", "country:veldora", HoltAttendedSentenceA, 0.9, "President"),
                Relationship("HELD_IN", "meeting:2030-05-lakeside", "place:lakeside", HoltAttendedSentenceA, 0.9),
            ]));

    public static string WriteSummitB(TempDirectory directory) => Write(directory, "summit-b",
        HoltAttendedSentenceB,
        Document("article:summit-b", "Second day in Lakeside",
            [Holt("Ms Holt"), Task(), Summit("2030-05-03"), Lakeside()],
            [
                Relationship("ATTENDED", "person:mira-holt", "meeting:2030-05-lakeside", HoltAttendedSentenceB, 0.9, "host"),
                // The same edge twice in one article: only the more confident sentence is kept.
                Relationship("ATTENDED", "person:oren-task", "meeting:2030-05-lakeside", "Mr Task.", 0.3, "guest"),
                Relationship("ATTENDED", "person:oren-task", "meeting:2030-05-lakeside", HoltAttendedSentenceB, 0.9, "guest"),
            ]));

    public static string WriteHostile(TempDirectory directory)
    {
        var name = "O'Brien \"the \\ Hammer\"";
        return Write(directory, "hostile", HostileText,
            Document("article:hostile", "Quote ' and \" and '}) DETACH DELETE n //",
                [new ExtractedEntity { Id = "person:o-brien", Type = "Person", Name = name, Aliases = [name, "'}) DETACH DELETE n //"], Mentions = 1 },
                 Country("veldora", "Veldora")],
                [Relationship("REPRESENTS", "person:o-brien", "country:veldora", HostileText, 0.5, "Envoy '}) //")]));
    }

    /// <summary>An article whose extraction file is not valid JSON.</summary>
    public static string WriteBroken(TempDirectory directory)
    {
        var path = directory.File("broken.txt");
        File.WriteAllText(path, "Some text.");
        File.WriteAllText(System.IO.Path.ChangeExtension(path, ".json"), "{ \"article\": { \"id\": ");
        return path;
    }

    private static string Write(TempDirectory directory, string name, string text, ExtractionDocument document)
    {
        var path = directory.File(name + ".txt");
        File.WriteAllText(path, text);
        File.WriteAllText(System.IO.Path.ChangeExtension(path, ".json"), ExtractionJson.Serialize(document));
        return path;
    }

    private static ExtractionDocument Document(string id, string title, List<ExtractedEntity> entities, List<ExtractedRelationship> relationships) => new()
    {
        Article = new ArticleMetadata { Id = id, Title = title, Published = "2030-05-04", Source = "Test Wire" },
        Entities = entities,
        Relationships = relationships,
    };

    private static ExtractedEntity Holt(string alias) => new()
    {
        Id = "person:mira-holt", Type = "Person", Name = "Mira Holt", Aliases = ["Mira Holt", alias], Roles = ["President of Veldora"], Mentions = 2,
    };

    private static ExtractedEntity Task() => new()
    {
        Id = "person:oren-task", Type = "Person", Name = "Oren Task", Aliases = ["Oren Task", "Mr Task"], Roles = ["Prime Minister of Castavia"], Mentions = 1,
    };

    private static ExtractedEntity Country(string key, string name) => new()
    {
        Id = "country:" + key, Type = "Country", Name = name, Aliases = [name], Mentions = 1,
    };

    private static ExtractedEntity Summit(string date) => new()
    {
        Id = "meeting:2030-05-lakeside", Type = "Meeting", Name = "Holt–Task summit in Lakeside", Kind = "summit", Date = date,
        Place = "Lakeside", Status = "held", Mentions = 1,
    };

    private static ExtractedEntity Accord() => new()
    {
        Id = "agreement:lakeside-accord", Type = "Agreement", Name = "Lakeside Accord", Aliases = ["Lakeside Accord"], Kind = "agreement", Year = 2030, Mentions = 1,
    };

    private static ExtractedEntity Lakeside() => new()
    {
        Id = "place:lakeside", Type = "Place", Name = "Lakeside", Aliases = ["Lakeside"], Mentions = 1,
    };

    private static ExtractedRelationship Relationship(string type, string from, string to, string evidence, double confidence, string? role = null) => new()
    {
        Type = type, From = from, To = to, Evidence = evidence, Confidence = confidence, Role = role,
    };
}
