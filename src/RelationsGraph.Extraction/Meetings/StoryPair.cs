using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The two presidents last met in August", "the two prime ministers closed the remaining gaps by telephone": a story about a
/// bilateral relationship calls its two protagonists "the two leaders" (or by their shared office) long after it last named
/// them together, so a pair reference with no encounter of two told in its own or the previous sentence stands for the story's
/// pair, not for whatever other pair met paragraphs before: the person named most often and the one named most often from
/// another country (pattern: definite counted reference to the protagonists of the story). An office noun ("presidents",
/// "prime ministers") must fit both; "leaders", "men", "heads of state" fit anyone. A tie for second place names no pair.
/// </summary>
internal sealed class StoryPair
{
    public const string Note = "the two: the story's pair of protagonists, named most often";

    /// <summary>How often each of the pair must be named for the story to be about them.</summary>
    private const int MinimumMentions = 2;

    private readonly string[]? pair;
    private readonly Dictionary<string, HashSet<string>> titles = [];

    public StoryPair(IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence, Func<string, string?> countryOf)
    {
        // Runs once per story over every mention, so it counts without sorting or LINQ: the most named person (the first named
        // of those tied), then the most named from another country, which must be alone at its count. Dictionary enumeration
        // keeps insertion order, the order a stable sort by count would break ties in.
        var counts = new Dictionary<string, int>();
        foreach (var sentence in mentionsBySentence)
            foreach (var m in sentence)
                if (m.Kind == MentionKind.Person && m.EntityId is { } id)
                    counts[id] = counts.GetValueOrDefault(id) + 1;
        string? first = null;
        var firstCount = 0;
        var ranked = 0;
        foreach (var (id, n) in counts)
        {
            if (n < MinimumMentions) continue;
            ranked++;
            if (n > firstCount) { first = id; firstCount = n; }
        }
        if (ranked < 2 || first is null) return;
        var country = countryOf(first);
        string? second = null;
        var secondCount = 0;
        var tied = false;
        foreach (var (id, n) in counts)
        {
            if (n < MinimumMentions || id == first) continue;
            if (country is not null && countryOf(id) is { } c && c == country) continue;
            if (n > secondCount) { second = id; secondCount = n; tied = false; }
            else if (n == secondCount) tied = true;
        }
        if (second is null || tied) return;
        pair = [first, second];
        // Only the pair's titles are ever asked for.
        foreach (var sentence in mentionsBySentence)
            foreach (var m in sentence)
            {
                if (m.Kind != MentionKind.Person || m.Title is not { } title || m.EntityId is not { } id || id != first && id != second) continue;
                if (!titles.TryGetValue(id, out var set)) titles[id] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                set.Add(title);
            }
    }

    /// <summary>The story's pair when the reference's counted noun fits both ("the two presidents"), else null.</summary>
    public IReadOnlyList<string>? For(MeetingMention m)
    {
        if (pair is null || !m.RefersToPair) return null;
        var office = OfficeNoun(m.Sentence.Tokens);
        if (office is null) return null;
        if (office.Length == 0) return pair;
        return pair.All(id => titles.TryGetValue(id, out var set) && set.Any(t => t.Contains(office, StringComparison.OrdinalIgnoreCase))) ? pair : null;
    }

    /// <summary>The office the pair phrase counts ("the two presidents" → "president"), "" for a noun of any people ("the two
    /// leaders"), or null when the sentence counts no pair of people ("the two sides", "the two countries").</summary>
    internal static string? OfficeNoun(List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var pairWord = tokens[i].Lower == "two" && i > 0 && tokens[i - 1].Lower is "the" or "these" or "both" || tokens[i].Lower == "both";
            if (!pairWord) continue;
            var head = tokens[i + 1].Lower;
            var next = i + 2 < tokens.Count ? tokens[i + 2].Lower : "";
            switch (head)
            {
                case "leaders" or "men" or "women":
                    return "";
                case "heads" when next == "of":
                    return "";
                case "presidents":
                    return "president";
                case "premiers":
                    return "premier";
                case "prime" when next == "ministers":
                    return "prime minister";
                case "kings" or "monarchs":
                    return "king";
            }
        }
        return null;
    }
}
