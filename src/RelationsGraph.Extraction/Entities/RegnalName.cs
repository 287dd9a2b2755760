using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Gustav XIV", "the court of Ferdinand XI", "Olav IX ceded the duchies": a sovereign's or a pope's reign name, one given name
/// and its regnal numeral, names a person with no title before it, even after a locative (pattern: histories call a ruler by
/// reign name alone once the realm is clear). Only the given names rulers reigned under count, so that numbered things with one
/// word before the numeral ("Annex II", "Minsk II", "Phase III", "Chapter VII") stay out.
/// </summary>
internal static class RegnalName
{
    private static readonly FrozenSet<string> NumeralsFromTwo = new HashSet<string>(StringComparer.Ordinal)
    {
        "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Given names European, Ottoman, Arab, Ethiopian and papal rulers reigned under with a numeral.</summary>
    private static readonly FrozenSet<string> ReignNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Louis", "Charles", "Carlos", "Carl", "Karl", "Henry", "Henri", "Enrique", "Heinrich", "George", "William", "Willem", "Wilhelm",
        "Frederick", "Frederik", "Friedrich", "Philip", "Philippe", "Felipe", "James", "Ferdinand", "Fernando", "Alexander", "Nicholas",
        "Peter", "Pedro", "Paul", "Gustav", "Gustaf", "Gustavus", "Christian", "Napoleon", "Augustus", "Julius", "Pius", "Leo", "Gregory",
        "Innocent", "Clement", "Benedict", "Urban", "Boniface", "Sixtus", "Menelik", "Yohannes", "Tewodros", "Rama", "Edward", "Richard",
        "John", "Johann", "João", "Juan", "Elizabeth", "Mary", "Anne", "Catherine", "Victor", "Umberto", "Alfonso", "Manuel", "Sebastian",
        "Leopold", "Francis", "Franz", "François", "Joseph", "José", "Maximilian", "Rudolf", "Otto", "Ludwig", "Casimir", "Sigismund",
        "Stanisław", "Stanislaus", "Władysław", "Ivan", "Vasily", "Selim", "Mehmed", "Mahmud", "Murad", "Ahmed", "Mustafa", "Suleiman",
        "Osman", "Bayezid", "Abdulhamid", "Mohammed", "Muhammad", "Hassan", "Abdullah", "Hussein", "Faisal", "Harald", "Olav", "Haakon",
        "Magnus", "Valdemar", "Christina", "Eric", "Erik", "Oscar", "Constantine", "Michael", "Carol", "Albert", "Isabella", "Isabel",
        "Maria", "Sancho", "Afonso", "Alfred", "Canute", "Boris", "Simeon", "Ottokar", "Matthias", "Robert", "David", "Malcolm",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="words"/> are one reign name and a numeral from II: "Louis XIV".</summary>
    public static bool Names(IReadOnlyList<string> words) =>
        words.Count == 2 && NumeralsFromTwo.Contains(words[1]) && ReignNames.Contains(words[0]);
}
