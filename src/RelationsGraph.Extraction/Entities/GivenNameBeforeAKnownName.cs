using System.Collections.Frozen;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "since Rahim Tomas Vela Ibarra's visit", "Foreign Ministry Spokesman Seyed Nasser Hamidi said": a known person's name of
/// two words or more written with one more given name or religious style word before it is the fuller form of that name
/// (pattern: long Persian, Arabic and South Asian names, which reports shorten by dropping a first given name or a style such
/// as "Seyed", "Sayyid", "Mohammad" that other reports keep). The word must stand alone between the start of the capitalised
/// span (or an office title) and the name, in running prose: a headline's title-case words and a sentence's first word are no
/// given names, and words that are no name's (months, suffixes, document and office words) never join.
/// </summary>
internal static class GivenNameBeforeAKnownName
{
    // Ranks, noble styles and forms of address that stand before a name and are no given name: "Captain X Y", "Count X Y",
    // "Pandit X Y"; a plural title ("Presidents X Y and Z W") heads a list.
    private static readonly FrozenSet<string> Styles = AddressTitleForms.Titles.Concat(NobleStyle.Styles)
        .Concat(["Pandit", "Mahatma", "Major", "Sergeant", "Corporal", "Private", "Senator", "Governor", "Mayor", "Chancellor"])
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsStyle(string word) => Styles.Contains(word) || word.Length > 3 && word.EndsWith('s') && Styles.Contains(word[..^1]);

    /// <summary>The chunk before the known person at <paramref name="k"/> when it is a given name of that person's, or -1.</summary>
    public static int Start(List<NameChunk> chunks, Sentence sentence, int k, Func<string, bool> neverInAName)
    {
        var known = chunks[k];
        if (k == 0 || known.End - known.Start < 2 || sentence.Paragraph == 0) return -1;
        var before = chunks[k - 1];
        if (before.End != known.Start || before.End - before.Start != 1 || before.Start == 0) return -1;
        if (!FullerFormOfAKnownName.IsNameWord(before) || IsStyle(before.Text) || neverInAName(before.Text)) return -1;
        // The word opens the span or follows an office title: after another unknown word it is a run of its own.
        if (k - 1 > 0 && chunks[k - 2].Kind is not (Knowledge.GazetteerKind.Title or Knowledge.GazetteerKind.Honorific)) return -1;
        return k - 1;
    }
}
