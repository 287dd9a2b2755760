using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Frederick III", "Francis I", "Emperor Charles V": a history piece names a ruler or statesman of a past century by a name
/// that several of them bore, or that one bore in offices of different realms, and means the one in office in the years the
/// piece dates its events (pattern: histories write the years they tell, and a reign name means the ruler of those years).
/// The years of the mention's own sentence decide first, then the years written anywhere in the piece; the publication date
/// plays no part. A holder whose every term ended before 1950 is the piece's only when some written year falls in a term: a
/// king named in passing in a story of today, or a reign name the years cannot settle, gets no realm from the knowledge.
/// </summary>
internal static class ReignOfTheStoryYears
{
    /// <summary>Terms that ended before this year are history: only a written year brings them into a story.</summary>
    private const int HistoricalBefore = 1950;

    /// <summary>Per knowledge base, the historical terms each (surface, known name) may mean (see <see cref="HistoricalTerms"/>).</summary>
    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<(string Surface, string Canonical), IReadOnlyList<OfficeHolder>>>
        HistoricalTermsByName = new();

    /// <summary>The four-digit years from 1400 on written in the sentences.</summary>
    public static HashSet<int> WrittenYears(IEnumerable<Sentence> sentences)
    {
        var years = new HashSet<int>();
        foreach (var sentence in sentences)
            foreach (var t in sentence.Tokens)
                if (YearOf(t.Text) is { } y) years.Add(y);
        return years;
    }

    /// <summary>
    /// Gives each known-person mention of historical holders the holder and term the years choose, or takes the knowledge's
    /// realm and office off it when they choose none; returns the mentions changed.
    /// </summary>
    public static HashSet<Mention> Apply(KnowledgeBase knowledge, IEnumerable<Mention> persons, IReadOnlySet<int> articleYears)
    {
        var changed = new HashSet<Mention>();
        foreach (var m in persons)
        {
            if (m.Canonical is not { } canonical || m.NationalityWritten) continue;
            var terms = HistoricalTerms(knowledge, m.Surface, canonical);
            if (terms.Count == 0) continue;
            var chosen = Choose(terms, SentenceYears(m.Sentence)) ?? Choose(terms, articleYears);
            if (chosen is not null)
            {
                if (chosen.Name == canonical && chosen.Iso2 == m.Iso2 && (!m.TitleFromKnowledge || chosen.Role == m.Title)) continue;
                m.Canonical = chosen.Name;
                m.Iso2 = chosen.Iso2;
                if (m.TitleFromKnowledge) m.Title = chosen.Role;
                m.Rule += "; the ruler of the years the story tells";
            }
            else
            {
                // The years place no holder: the name is a plain name, with no realm or office from the knowledge.
                m.Canonical = null;
                m.Iso2 = null;
                if (m.TitleFromKnowledge) { m.Title = null; m.TitleIsOffice = false; m.TitleFromKnowledge = false; }
                m.Rule += "; a past ruler the story's years do not place";
            }
            changed.Add(m);
        }
        return changed;
    }

    /// <summary>
    /// The terms of every known person <paramref name="surface"/> may name, when all of them ended before 1950; empty
    /// otherwise. Memoised per knowledge base (the pattern: a pure function of the knowledge and a name), since every person
    /// mention of every article asks and almost all of them name people of today.
    /// </summary>
    private static IReadOnlyList<OfficeHolder> HistoricalTerms(KnowledgeBase knowledge, string surface, string canonical) =>
        HistoricalTermsByName.GetValue(knowledge, _ => new()).GetOrAdd((surface, canonical), key =>
        {
            var terms = knowledge.Lookup(key.Surface).Where(e => e.Kind == GazetteerKind.Person).Select(e => e.Canonical)
                .Append(key.Canonical).Distinct(StringComparer.Ordinal)
                .SelectMany(n => OfficeHoldersByPerson.Of(knowledge, EntityRegistry.PersonId(n))).ToList();
            return terms.Count > 0 && terms.All(IsHistorical) ? terms : [];
        });

    /// <summary>
    /// "Metternich said": of the historical holders a bare family name may mean, the one whose term covers a year the piece
    /// writes; null when none or several do. Holders still in office after 1950 are left to the story-year choice.
    /// </summary>
    public static bool Decides(KnowledgeBase knowledge, IReadOnlyList<(OfficeHolder Holder, string[] Words)> holders, IReadOnlySet<int> articleYears,
        out OfficeHolder? holder)
    {
        holder = null;
        if (holders.Count == 0) return false;
        var terms = holders.SelectMany(h => OfficeHoldersByPerson.Of(knowledge, EntityRegistry.PersonId(h.Holder.Name))).ToList();
        if (!terms.All(IsHistorical)) return false;
        holder = Choose(terms, articleYears);
        return true;
    }

    /// <summary>The one person and realm whose terms cover the years; null when none or several do.</summary>
    private static OfficeHolder? Choose(IReadOnlyList<OfficeHolder> terms, IReadOnlySet<int> years)
    {
        if (years.Count == 0) return null;
        var covering = terms.Where(t => years.Any(y => HolderOfTheStoryYear.Covers(t.Years, y))).ToList();
        if (covering.Count == 0) return null;
        // Two realms of one career, or two rulers of one name, both in the years: the one whose term holds more of them.
        var sides = covering.GroupBy(t => (EntityRegistry.PersonId(t.Name), t.Iso2 ?? ""))
            .Select(g => (Term: g.First(), Years: years.Count(y => g.Any(t => HolderOfTheStoryYear.Covers(t.Years, y)))))
            .OrderByDescending(s => s.Years).ToList();
        return sides.Count == 1 || sides[0].Years > sides[1].Years ? sides[0].Term : null;
    }

    private static HashSet<int> SentenceYears(Sentence sentence) => WrittenYears([sentence]);

    private static bool IsHistorical(OfficeHolder term)
    {
        var dash = term.Years.IndexOf('-');
        return dash > 0 && dash < term.Years.Length - 1 && int.TryParse(term.Years.AsSpan(dash + 1), out var to) && to < HistoricalBefore;
    }

    // Read as a span: this runs for every token of the article, and a cut string for each word ending in 's' was thrown away.
    private static int? YearOf(string text)
    {
        var s = text.EndsWith('s') ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
        return s.Length == 4 && int.TryParse(s, out var y) && y is >= 1400 and <= 2100 ? y : null;
    }
}
