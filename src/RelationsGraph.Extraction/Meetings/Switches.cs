namespace RelationsGraph.Extraction.Meetings;

/// <summary>Temporary experiment switches (RG_OFF=name,name).</summary>
internal static class Switches
{
    private static readonly HashSet<string> Off = new((Environment.GetEnvironmentVariable("RG_OFF") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));
    public static bool On(string name) => !Off.Contains(name);
}
