using System.Collections.Frozen;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the treaty establishing the Velorian Economic Union", "an accord creating a free trade zone", "a protocol setting up a joint
/// border commission", "the pact renouncing armed reprisals": a participle of founding, ending or renouncing right after a
/// document noun tells what the document does, and with its object it names an untitled document as a topic does ("the
/// agreement on fisheries"). The pattern: news names a founding or settling text by what it founds or settles, and "the
/// treaty establishing X" is a document of its own, not a pointer back to the last treaty told.
/// </summary>
internal static class FoundingParticiple
{
    private static readonly FrozenSet<string> Participles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "establishing", "creating", "founding", "instituting", "renouncing", "settling", "ending", "banning", "delimiting", "abolishing" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ObjectDeterminers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "their", "its" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that close a lower-case object: a clause's verb, a place, date or agent phrase, or a relative clause.</summary>
    private static readonly FrozenSet<string> ObjectStops = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "at", "by", "with", "on", "from", "during", "under", "after", "before", "that", "which", "who", "and", "or", "but",
          "was", "were", "is", "are", "will", "would", "has", "had", "have", "signed", "said", "says", "this", "last", "against", "as", "to" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words joining the capitalised words of one name ("Economic Community of West African States").</summary>
    private static readonly FrozenSet<string> NameJoins = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "of", "and", "for", "the", "-" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words a lower-case object may run.</summary>
    private const int Reach = 6;

    /// <summary>How many tokens the participle at <paramref name="i"/> spans ("setting up" two), or 0 where none stands.</summary>
    private static int ParticipleLength(List<Token> tokens, int i) =>
        i >= tokens.Count ? 0
        : Participles.Contains(tokens[i].Text) ? 1
        : tokens[i].Lower == "setting" && i + 1 < tokens.Count && tokens[i + 1].Lower == "up" ? 2
        : 0;

    /// <summary>
    /// Where the participle clause right after the document noun (at <paramref name="afterNoun"/>) ends, past its object, or -1
    /// where no such clause stands or its object is empty.
    /// </summary>
    public static int End(List<Token> tokens, int afterNoun)
    {
        var length = ParticipleLength(tokens, afterNoun);
        if (length == 0) return -1;
        var k = afterNoun + length;
        if (k < tokens.Count && ObjectDeterminers.Contains(tokens[k].Text)) k++;
        if (k >= tokens.Count || !tokens[k].IsWord && !(tokens[k].Text.Length > 0 && char.IsDigit(tokens[k].Text[0]))) return -1;
        var start = k;
        if (tokens[k].IsCapitalized)
        {
            // A name: its capitalised words and the small words joining them.
            while (k < tokens.Count && (tokens[k].IsCapitalized && tokens[k].IsWord
                   || NameJoins.Contains(tokens[k].Text) && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord)) k++;
            return k > start ? k : -1;
        }
        // A described object: words up to a clause's verb, a phrase of place, time or agent, or a stop.
        while (k < tokens.Count && k - start < Reach && (tokens[k].IsWord || tokens[k].Text == "-" || tokens[k].Text.Length > 0 && char.IsDigit(tokens[k].Text[0])) && !ObjectStops.Contains(tokens[k].Text)) k++;
        while (k > start && tokens[k - 1].Lower is "of" or "-" or "the") k--;
        return k > start ? k : -1;
    }

    /// <summary>Whether a document's topic is such a participle clause ("establishing the Velorian Economic Union").</summary>
    public static bool Opens(string? topic)
    {
        if (topic is null) return false;
        var space = topic.IndexOf(' ');
        var first = space < 0 ? topic : topic[..space];
        return Participles.Contains(first) || first.Equals("setting", StringComparison.OrdinalIgnoreCase) && topic.StartsWith("setting up ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The object of the clause ("the Velorian Economic Union" of "establishing the Velorian Economic Union").</summary>
    public static string ObjectOf(string topic)
    {
        var rest = topic.StartsWith("setting up ", StringComparison.OrdinalIgnoreCase) ? topic["setting up ".Length..] : topic[(topic.IndexOf(' ') + 1)..];
        return rest;
    }

    /// <summary>
    /// The document told before that the definite reference <paramref name="m"/>, described by its founding clause, names again: one
    /// with the same clause, or one whose title holds the clause's object ("the Treaty Establishing the Velorian Economic Union",
    /// then "the treaty creating the Velorian Economic Union"), or else the last document of its family told so far with neither
    /// title nor description ("signed a treaty on Saturday ...", then "the treaty establishing the Velorian Economic Union": the
    /// clause describes the document told bare); null where none, so the reference starts a document of its own.
    /// </summary>
    public static Agreement? Antecedent(List<Agreement> agreements, AgreementMention m)
    {
        if (m.Topic is not { } topic) return null;
        var key = NameKey.Of(topic);
        var objectKey = NameKey.Of(ObjectOf(topic));
        if (objectKey.StartsWith("the ", StringComparison.Ordinal)) objectKey = objectKey[4..];
        return agreements.FirstOrDefault(a => a.Topic is { } t && NameKey.Of(t) == key)
               ?? (objectKey.Length < 4 ? null : agreements.FirstOrDefault(a => a.Title is { } title && NameKey.Of(title).Contains(objectKey, StringComparison.Ordinal)))
               ?? agreements.LastOrDefault(a => a.Family == AgreementKinds.Family(m.Kind) && a.Title is null && a.Topic is null && a.Mentions.Count > 0);
    }
}
