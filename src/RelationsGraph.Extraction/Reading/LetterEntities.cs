using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// "Fiam&amp;emacr; Naomi", "Tom&amp;aacute;&amp;scaron;", "Ra&amp;ccaron;an": HTML5 names the letters of Latin Extended-A (macrons,
/// carons, acutes, breves, cedillas, ogoneks and strokes) that the HTML 4 table of <see cref="System.Net.WebUtility.HtmlDecode"/> does
/// not know, so without this they stay as "&amp;emacr;" and cut a person's or place's name in two (pattern: Polynesian, Baltic,
/// Slavic, Turkish and Romanian names in web pages). Runs before that decoder; any other entity is left to it.
/// </summary>
internal static partial class LetterEntities
{
    private static readonly Dictionary<string, string> Letters = Build();

    private static Dictionary<string, string> Build()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string marks, string bases, string letters)
        {
            for (var k = 0; k < bases.Length; k++) d[$"{bases[k]}{marks}"] = letters[k].ToString();
        }
        Add("macr", "AaEeIiOoUu", "ĀāĒēĪīŌōŪū");
        Add("caron", "CcDdEeNnRrSsTtZz", "ČčĎďĚěŇňŘřŠšŤťŽž");
        Add("acute", "CcgLlNnRrSsZz", "ĆćǵĹĺŃńŔŕŚśŹź");
        Add("breve", "AaGgUu", "ĂăĞğŬŭ");
        Add("cedil", "GKkLlNnRrSsTt", "ĢĶķĻļŅņŖŗŞşŢţ");
        Add("ogon", "AaEeIiUu", "ĄąĘęĮįŲų");
        Add("strok", "DdHhLlTt", "ĐđĦħŁłŦŧ");
        Add("dot", "CcEeGgIZz", "ĊċĖėĠġİŻż");
        Add("dblac", "OoUu", "ŐőŰű");
        Add("ring", "Uu", "Ůů");
        Add("circ", "CcGgHhJjSsWwYy", "ĈĉĜĝĤĥĴĵŜŝŴŵŶŷ");
        d["imath"] = "ı";
        d["inodot"] = "ı";
        return d;
    }

    [GeneratedRegex(@"&([A-Za-z]{3,8});")]
    private static partial Regex NamedEntity();

    public static string Decode(string html) =>
        html.Contains('&') ? NamedEntity().Replace(html, m => Letters.TryGetValue(m.Groups[1].Value, out var letter) ? letter : m.Value) : html;
}
