using System.Globalization;
using System.Text;
using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Tests;

/// <summary>
/// Sentences shaped like news from many regions about officials no built-in list holds (Sentences/officials-worldwide.txt):
/// each case is extracted on its own and its people (with the country they represent), places and organizations checked.
/// </summary>
public class OfficialsWorldwideTests
{
    private static readonly string CasesPath = Path.Combine(AppContext.BaseDirectory, "Sentences", "officials-worldwide.txt");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in SentenceCase.ReadAll(CasesPath)) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void OfficialsPlacesAndBodiesAreReadFromTheirContext(string name)
    {
        var c = SentenceCase.ReadAll(CasesPath).Single(x => x.Name == name);
        var d = TestArticles.Extract("date 2024-06-02 " + c.Text);
        var failures = c.Expectations.Where(e => !e.HoldsIn(d)).ToList();
        Assert.True(failures.Count == 0,
            $"{string.Join("; ", failures)}\nentities: {string.Join(", ", d.Entities.Select(e => $"{e.Type} {e.Name}"))}\n{d.Dump()}");
    }

    private sealed record SentenceCase(string Name, string Text, IReadOnlyList<Expectation> Expectations)
    {
        public static IEnumerable<SentenceCase> ReadAll(string path)
        {
            string? name = null;
            var text = new List<string>();
            var expectations = new List<Expectation>();
            foreach (var line in File.ReadLines(path).Append("== end"))
            {
                if (line.StartsWith('#') || line.Trim().Length == 0) continue;
                if (line.StartsWith("== ", StringComparison.Ordinal))
                {
                    if (name is not null) yield return new SentenceCase(name, string.Join("\n", text), expectations.ToList());
                    name = line[3..];
                    text.Clear();
                    expectations.Clear();
                }
                else if (line.StartsWith("+ ", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal)) expectations.Add(Expectation.Parse(line));
                else text.Add(line);
            }
        }
    }

    /// <summary>"+ person NAME | ISO2": present (and representing ISO2, or nothing for "-"); "- place NAME": absent.</summary>
    private sealed record Expectation(string Line, bool Present, string Type, string Name, string? Country)
    {
        public static Expectation Parse(string line)
        {
            var rest = line[2..];
            var kind = rest[..rest.IndexOf(' ')];
            var (name, country) = rest[(kind.Length + 1)..].Split('|') is [var n, var iso] ? (n.Trim(), iso.Trim()) : (rest[(kind.Length + 1)..].Trim(), null);
            var type = kind switch { "person" => "Person", "place" => "Place", "org" => "Organization", _ => throw new FormatException(line) };
            return new Expectation(line, line[0] == '+', type, name, country);
        }

        public bool HoldsIn(ExtractionDocument d)
        {
            var key = Key(Name);
            // Absence is of an entity by that name; presence may be under an alias ("Gilberto Teodoro" for "... Jr").
            var found = d.Entities.FirstOrDefault(e => e.Type == Type && (Key(e.Name) == key || Present && (e.Aliases ?? []).Any(a => Key(a) == key)));
            if (!Present) return found is null;
            if (found is null) return false;
            if (Country is null) return true;
            var represented = d.Relationships.Where(r => r.Type == "REPRESENTS" && r.From == found.Id).Select(r => r.To).ToList();
            return Country == "-" ? represented.Count == 0 : represented.Contains("country:" + Country.ToLowerInvariant());
        }

        private static string Key(string name)
        {
            var plain = new StringBuilder();
            foreach (var ch in name.Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) plain.Append(ch);
            return string.Join(' ', plain.ToString().ToLowerInvariant().Replace(".", "").Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        public override string ToString() => Line;
    }
}
