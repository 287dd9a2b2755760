using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Ruritanian President Ana Florida", "Trade Secretary Santiago Ruelas", "Tomas Medina, Freedonia's trade minister": many
/// given names and surnames are also the names of towns. A one-word town written as the last word of a name told as a person's
/// (a title or honorific before it, or an office in apposition after it) is the surname after one or two given names; a town
/// right after a title, with one more name word closing the span, is the given name (pattern: title + given name + surname;
/// full name, office). Titled, a four-part name (three name words, then the town) closes the same way. Without such a person's
/// context the town stays a town.
/// </summary>
internal static class PlaceWordInAPersonName
{
    /// <summary>
    /// True when chunk <paramref name="end"/> + 1 is a town that closes the span and ends the one- or two-word name whose last
    /// word is chunk <paramref name="end"/>; <paramref name="titled"/> says a title or honorific was read before the name.
    /// </summary>
    public static bool IsSurnameAfter(List<NameChunk> chunks, Sentence sentence, int end, bool titled, KnowledgeBase knowledge)
    {
        if (end + 1 >= chunks.Count || !ClosesTheName(chunks, end + 2) || !IsTownWord(chunks[end + 1])) return false;
        // Titled, the name may be a four-part one (two given names and two surnames, the second a town: "the minister Ana
        // Maria Duarte Lima"), as Iberian and Central African names often are; untitled, two name words at most.
        var most = titled ? 3 : 2;
        var given = 0;
        for (var g = end; g >= 0 && chunks[g].IsUnknownWord; g--)
        {
            if (!FullerFormOfAKnownName.IsNameWord(chunks[g]) || ++given > most) return false;
        }
        if (given == 0) return false;
        if (titled) return true;
        if (end + 2 != chunks.Count) return false;
        var after = chunks[end + 1].End;
        return after + 1 < sentence.Tokens.Count && sentence.Tokens[after].Text == "," &&
               OfficeAppositionAfterName.ReadEitherForm(sentence, after + 1, knowledge) is not null;
    }

    /// <summary>True when the town at chunk <paramref name="k"/> follows a title and one name word after it closes the span.</summary>
    public static bool IsGivenNameAfterTitle(List<NameChunk> chunks, int k) =>
        k >= 1 && k + 1 < chunks.Count && chunks[k - 1].Kind == GazetteerKind.Title && ClosesTheName(chunks, k + 2) && IsTownWord(chunks[k]) &&
        FullerFormOfAKnownName.IsNameWord(chunks[k + 1]);

    /// <summary>The span ends at chunk <paramref name="next"/>, or goes on with "of" or "and" ("Minister X Y of Chile and ...").</summary>
    private static bool ClosesTheName(List<NameChunk> chunks, int next) =>
        next == chunks.Count || next < chunks.Count && chunks[next].IsJoiner && chunks[next].Text is "of" or "and";

    /// <summary>A known town or capital of one word, written as a name is (a capital, then lower case).</summary>
    private static bool IsTownWord(NameChunk c) =>
        c.Kind is GazetteerKind.Place or GazetteerKind.Capital && c.End - c.Start == 1 && c.Entry!.Detail is not (GazetteerEntry.WorldRegion or "venue") &&
        c.Text.Length > 2 && char.IsUpper(c.Text[0]) && c.Text.Skip(1).All(char.IsLower);
}
