using System.Globalization;

namespace RelationsGraph.Benchmarks.Peer;

/// <summary>
/// The generated graph written once as CSV, the input both engines bulk-load: nodes.csv (id,score) and
/// relationships.csv (from,to). score is a deterministic scramble of the id, a property for full scans.
/// </summary>
public sealed record GraphCsv(string NodesPath, string RelationshipsPath)
{
    public static long Score(long id) => id * 7919 % 1000;

    public static GraphCsv Write(GeneratedGraph graph, string directory)
    {
        Directory.CreateDirectory(directory);
        var csv = new GraphCsv(Path.Combine(directory, "nodes.csv"), Path.Combine(directory, "relationships.csv"));
        using (var nodes = new StreamWriter(csv.NodesPath))
        {
            nodes.WriteLine("id,score");
            for (long id = 0; id < graph.NodeCount; id++) nodes.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id},{Score(id)}"));
        }
        using (var relationships = new StreamWriter(csv.RelationshipsPath))
        {
            relationships.WriteLine("from,to");
            for (var i = 0; i < graph.RelationshipCount; i++)
                relationships.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{graph.Starts[i]},{graph.Ends[i]}"));
        }
        return csv;
    }

    /// <summary>The data rows of a two-column integer CSV file, header skipped.</summary>
    public static IEnumerable<(long First, long Second)> ReadPairs(string path)
    {
        using var reader = new StreamReader(path);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',');
            yield return (long.Parse(line.AsSpan(0, comma), CultureInfo.InvariantCulture), long.Parse(line.AsSpan(comma + 1), CultureInfo.InvariantCulture));
        }
    }
}
