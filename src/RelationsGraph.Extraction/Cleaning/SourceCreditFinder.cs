using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Cleaning;

/// <summary>
/// Finds the agency or publisher credit ("Copyright by X", "© KYODO", "(Yonhap)", a trailing
/// "KYODO NEWS") and strips a trailing credit from the last paragraph, where it is not prose.
/// </summary>
public sealed partial class SourceCreditFinder(KnowledgeBase knowledge)
{
    [GeneratedRegex(@"^(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}\s+)?(?:by\s+)?|©\s*(?:\d{4}\s+)?|\(c\)\s*(?:\d{4}\s+)?)(?<name>[^.,;|]+?)(?:\.|,|\s+all rights reserved.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"(?:\(|/\s*)(?<name>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\)?\s*$")]
    private static partial Regex InlineCredit();

    [GeneratedRegex(@"(?<=[.!?”""]\s*)(?<name>[A-Z]{3,}(?:\s[A-Z]{2,})*)\s*$")]
    private static partial Regex TrailingCapsCredit();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'-]+),\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\((?<name>[^)]{2,40})\)\s*[-–—]+\s*", RegexOptions.Multiline)]
    private static partial Regex WireDateline();

    // "MANILA - ", "LONDON, May 19 - ", "BERLIN (AP) — ", "SHARM EL-SHEIKH, Egypt (AP) — ": an all-capitals
    // place opening a line, then a dash. Its date has no year and its place is where the report was filed.
    // "OHRID, North Macedonia, March 18 (Balkan Wire) - ": the country may come before the date.
    // The forms of the wider world, too (pattern: dateline variants): the country alone ("CARTAGENA, Colombia - "),
    // a day before its month ("MAPUTO, 6 August 2019 - "), a year after the day ("BRUSSELS, April 4, 2023 (Wire) - ")
    // and capitals with accents ("BRASÍLIA, May 30 - ", "BELÉM, Brazil, 9 August - ").
    // "LONDON/MANCHESTER, Oct 23 - ": a story filed from several towns names them joined by slashes.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}.'-]{2,}(?: \p{Lu}[\p{Lu}.'-]+){0,3})(?:/(?<also>\p{Lu}[\p{Lu}.'-]{2,}(?: \p{Lu}[\p{Lu}.'-]+){0,3}))*(?:,\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}(?:\s+\d{4})?))?\s*(?:\([^)]{2,40}\))?\s*(?:--|[-–—])\s+(?=[\p{Lu}""“‘'])", RegexOptions.Multiline)]
    private static partial Regex BareDateline();

    // "Hanoi (AFP) – ", "Hanoi, September 11, 2023 - ", "Government House, Suva - ": press-release and web datelines in
    // ordinary capitals, a venue before its city. Words in capitals only, parts joined by commas, then a dash.
    [GeneratedRegex(@"^(?<parts>\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3}){0,2})(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}(?:\s+\d{4})?))?\s*(?:\([^)]{2,40}\))?\s*(?:--|[-–—])\s+(?=[\p{Lu}""“‘'])", RegexOptions.Multiline)]
    private static partial Regex MixedCaseDateline();

    private static readonly System.Buffers.SearchValues<char> Dashes = System.Buffers.SearchValues.Create("-–—");

    /// <summary>Datelines open the story, so only the first characters of the text are searched.</summary>
    private const int DatelineSearchSpan = 800;

    /// <summary>
    /// The city of the dateline that opens the story ("LIMA" of "LIMA, Nov 15 (Kyodo) --"), as printed, or null when the
    /// text has none, with the form of dateline that gave it, for the trace. Read before <see cref="StripCredits"/> removes
    /// it. A place-and-date line may also be read from <paramref name="file"/>, the text as it came, because reading drops
    /// a line it takes for the publication date ("2 April 2025 | Suva") from the body.
    /// </summary>
    public string? DatelinePlace(string text, string? file, out string form)
    {
        var opening = text.Length > DatelineSearchSpan ? text[..DatelineSearchSpan] : text;
        // Both dateline patterns end in a dash: an opening without one is not searched.
        var dashed = opening.AsSpan().ContainsAny(Dashes);
        var m = dashed ? PastMasthead(BareDateline().Match(opening)) : Match.Empty;
        form = "capitals dateline";
        // "PRESS RELEASE — ...", "THE HARBOUR ARCHIVE -- ...": a release's heading or a series' masthead names no town, and the
        // story under it has no dateline (ReleaseHeading).
        if (m.Success && ReleaseHeading.IsHeading(m.Groups["place"].Value))
        {
            form = "release heading";
            return null;
        }
        if (m.Success && (m.Groups["also"].Success ? OneCountryOfTowns(m) : m.Groups["place"].Value) is { } place) return place;
        form = "ordinary-capitals dateline";
        if (dashed && MixedCaseDatelineCity(opening) is { } city) return city;
        form = PlaceAndDateLine.Rule;
        // The text as it came is read only when the cleaned opening names no town.
        if ((PlaceAndDateLine.Places(opening).FirstOrDefault(IsTown) ?? PlaceAndDateLine.Places(FileOpening(file)).FirstOrDefault(IsTown)) is { } line) return line;
        form = PlaceAndDateLine.BylineRule;
        return PlaceAndDateLine.BylinePlaces(opening).FirstOrDefault(IsTown);
    }

    /// <summary>
    /// A wire file may open with its masthead in capitals ("COASTAL WIRE -- REGIONAL DESK") before the story's own dateline
    /// ("PORT LOUIS, May 3 (Coastal Wire) - "). Both read as capitals lines ending in a dash, but only the dateline names the
    /// town the story was filed from: a first line naming no known town gives way to a later one in the opening that does
    /// (pattern: masthead above the dateline). A lone line naming an unknown town is still taken.
    /// </summary>
    private Match PastMasthead(Match first)
    {
        if (!first.Success || IsTown(first.Groups["place"].Value)) return first;
        for (var next = first.NextMatch(); next.Success; next = next.NextMatch())
            if (IsTown(next.Groups["place"].Value)) return next;
        return first;
    }

    /// <summary>
    /// The first town of a dateline naming several ("LONDON/MANCHESTER"), when all of them lie in one country; towns of two
    /// countries ("WASHINGTON/BEIJING") say the story was reported from both sides, so it has no one place.
    /// </summary>
    private string? OneCountryOfTowns(Match m)
    {
        var first = m.Groups["place"].Value;
        var country = CountryOfTown(first);
        return country is not null && m.Groups["also"].Captures.All(c => CountryOfTown(c.Value) == country) ? first : null;
    }

    private string? CountryOfTown(string town) =>
        knowledge.Lookup(town).FirstOrDefault(e => e.Kind is GazetteerKind.Place or GazetteerKind.Capital && e.Detail != "venue" && e.Iso2 is not null)?.Iso2;

    private static string FileOpening(string? file) => file is null ? "" : file.Length > DatelineSearchSpan ? file[..DatelineSearchSpan] : file;

    /// <summary>
    /// The known town of a dateline in ordinary capitals ("Government House, Suva - " gives Suva). Such a line may be a
    /// heading too ("France Diplomacy — "), so only a part the knowledge holds as a town or capital counts (pattern: web
    /// and press-release dateline forms).
    /// </summary>
    private string? MixedCaseDatelineCity(string opening)
    {
        var m = MixedCaseDateline().Match(opening);
        if (!m.Success) return null;
        return m.Groups["parts"].Value.Split(',', StringSplitOptions.TrimEntries).FirstOrDefault(IsTown);
    }

    private bool IsTown(string part) => knowledge.Lookup(part).Any(e => e.Kind is GazetteerKind.Place or GazetteerKind.Capital && e.Detail != "venue");

    /// <summary>The credit of a raw (uncleaned) body, normalised to a known agency name when possible.</summary>
    public string? Find(string body)
    {
        var wire = body.AsSpan().ContainsAny(Dashes) ? WireDateline().Match(body) : Match.Empty;
        if (wire.Success) return KnownAgency(wire.Groups["name"].Value) ?? wire.Groups["name"].Value.Trim();
        // The (trimmed, non-empty) lines are read in place: a string is made only for a line a pattern matches.
        var text = body.Replace("\r", "");
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.Length == 0 || !CopyrightLine().IsMatch(line)) continue;
            var m = CopyrightLine().Match(line.ToString());
            if (m.Groups["name"].Value.Trim().Length > 1) return Canonical(m.Groups["name"].Value.Trim());
        }
        var rest = text.AsSpan().TrimEnd();
        var last = rest[(rest.LastIndexOf('\n') + 1)..].Trim();
        if (last.Length > 0 && TrailingCapsCredit().IsMatch(last) && TrailingCapsCredit().Match(last.ToString()) is { Success: true } t &&
            KnownAgency(t.Groups["name"].Value) is { } trailing)
            return trailing;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.Length > 0 && InlineCredit().IsMatch(line) && InlineCredit().Match(line.ToString()) is { Success: true } c && KnownAgency(c.Groups["name"].Value) is { } inline)
                return inline;
        }
        return null;
    }

    /// <summary>
    /// The text without credits that are not prose: a wire dateline ("PARIS, Feb 8 (Reuters) - ")
    /// and a trailing all-capitals agency credit glued to the last sentence.
    /// </summary>
    public string StripCredits(string text)
    {
        // Both dateline patterns need a dash, and a trailing credit ends the text in a capital: most texts skip the patterns.
        if (text.AsSpan().ContainsAny(Dashes))
        {
            text = WireDateline().Replace(text, "");
            text = BareDateline().Replace(text, "");
        }
        var end = text.AsSpan().TrimEnd();
        if (end.Length == 0 || !char.IsAsciiLetterUpper(end[^1])) return text;
        var m = TrailingCapsCredit().Match(text);
        return m.Success && KnownAgency(m.Groups["name"].Value) is not null ? text[..m.Index].TrimEnd() : text;
    }

    private string? KnownAgency(string name) =>
        knowledge.Lookup(name).FirstOrDefault(e => e.Kind == GazetteerKind.Organization && e.Detail == "news")?.Canonical;

    private string Canonical(string name) => KnownAgency(name) ?? name;
}
