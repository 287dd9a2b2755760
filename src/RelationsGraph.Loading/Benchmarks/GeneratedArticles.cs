using System.Globalization;

namespace RelationsGraph.Loading.Benchmarks;

/// <summary>
/// Writes plausible news articles for load benchmarks: leaders of real countries meeting in real
/// cities on varying dates, so extraction has names, meetings and agreements to find. Each text is
/// unique (dates and numbers vary), so none is skipped as already loaded.
/// </summary>
public static class GeneratedArticles
{
    private static readonly (string Name, string Title, string Country)[] Leaders =
    [
        ("Lee Jae Myung", "President", "South Korea"),
        ("Sanae Takaichi", "Prime Minister", "Japan"),
        ("Shigeru Ishiba", "Prime Minister", "Japan"),
        ("Emmanuel Macron", "President", "France"),
        ("Anthony Albanese", "Prime Minister", "Australia"),
        ("Mark Carney", "Prime Minister", "Canada"),
    ];

    private static readonly string[] Cities = ["Tokyo", "Seoul", "Osaka", "Busan", "Paris", "Canberra", "Ottawa", "Nara"];
    private static readonly string[] Topics = ["trade", "energy security", "semiconductors", "fisheries", "tourism", "defence"];

    public static IReadOnlyList<string> Write(string directory, int count, int seed = 7)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = System.IO.Path.Combine(directory, $"generated_{i:D5}.txt");
            File.WriteAllText(path, Article(i, random));
            paths.Add(path);
        }
        return paths;
    }

    private static string Article(int index, Random random)
    {
        var host = Leaders[random.Next(Leaders.Length)];
        var guest = Leaders.Where(l => l.Country != host.Country).ElementAt(random.Next(Leaders.Length - 2));
        var city = Cities[random.Next(Cities.Length)];
        var topic = Topics[random.Next(Topics.Length)];
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(900));
        var when = date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var published = date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            {host.Country} and {guest.Country} agree to deepen {topic} ties
            date {published}

            {host.Title} {host.Name} of {host.Country} hosted {guest.Title} {guest.Name} of {guest.Country} for a summit in {city} on {when}.

            The two leaders signed a joint statement on {topic} cooperation, the {index + 1}th such document in their talks, officials said.

            "Our countries share a common future," {host.Name} told reporters after the meeting, adding that {guest.Country} was an essential partner.

            {guest.Name} said the agreement would create about {random.Next(1000, 90000)} jobs and invited {host.Name} to visit {guest.Country} next year.
            """;
    }
}
