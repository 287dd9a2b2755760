namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Leaders hail 'historic' pact" over a story of the Varo Treaty signed that day, or "X flew in, telling reporters that an
/// agreement looked likely" in a story of the declaration signed there: a reporter calls the day's document by a general
/// noun of settlement (agreement, accord, deal, pact) whatever its own kind. An untitled document told only under such nouns (or as "the
/// document", "the text"), with no subject of its own, joins the one other document the story reports made in its year
/// (the pattern: a reporter varies the noun, not the document, so a bare settlement noun beside the day's one document is
/// that document, not a second one named after its parties).
/// </summary>
/// <remarks>Not when the story reports two or more documents made that year (which one is meant stays open), nor for a
/// reference told as recalled, upheld, refused, set apart, one item of a list or a memorandum, nor when the general noun's
/// document has signers the other lacks.</remarks>
internal static class DaysDocumentUnderAGeneralNoun
{
    private static readonly FrozenSet<string> GeneralNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "agreement", "accord", "deal", "pact" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that name any document without telling its kind.</summary>
    private static readonly FrozenSet<string> NeutralNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "document", "text" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Joins each such general-noun document into the day's one document; returns the pairs joined (general, day's).</summary>
    public static List<(Agreement General, Agreement Days)> Join(List<Agreement> agreements, int? storyYear)
    {
        var joined = new List<(Agreement, Agreement)>();
        if (agreements.Count < 2) return joined;
        // Later ones first, so that of two general-noun documents the later joins the earlier.
        for (var i = agreements.Count - 1; i >= 0; i--)
        {
            if (i >= agreements.Count) continue;
            var general = agreements[i];
            if (!UnderGeneralNounsOnly(general)) continue;
            var year = general.Year ?? storyYear;
            // The day's document is one not itself told only under general nouns; with none such, the one other general-noun document.
            var made = agreements.Where(d => d != general && OfTheDay(d, general) && (d.Year ?? storyYear) == year).ToList();
            var days = made.Where(d => !UnderGeneralNounsOnly(d)).Take(2).ToList();
            if (days.Count == 0) days = made.Take(2).ToList();
            if (days.Count != 1) continue;
            var target = days[0];
            // "also signed a protocol on customs", "a memorandum": a document told by a subject of its own, or a memorandum, is a
            // second product beside the settlement, never the settlement under another noun.
            if (target.Title is null && target.Topic is not null || IsMemorandum(target.Mentions[0])) continue;
            // "the Dayton agreement of 1995" beside the Prespa Agreement: a year or a name of its own tells another document.
            if (general.Mentions.Any(m => m.YearOfItsOwn && m.Year is { } own && own != target.Year)) continue;
            // Only under "pact" or "deal": "the Dayton pact" names a document of its own, while "the Ruritania-Vestria agreement"
            // before an untitled "agreement" names its parties (a document whose name ends in "Agreement" is already titled).
            if (target.Title is { } title && general.Mentions.Any(m => NamingHeads.Contains(Head(m)) && ProperModifiers(m).Any(w => !title.Contains(w, StringComparison.OrdinalIgnoreCase)))) continue;
            // "The Lanzo Agreement ... replaces a pact", "broader than a pact": "a" beside the day's document in one sentence
            // introduces another when a word of replacing, comparing or adding stands between them; in an apposition ("signed the
            // Lanzo Treaty, an ambitious pact") it describes the same document.
            if (general.Mentions.Any(m => Indefinite(m) && !AgreementClusterer.IsHeadline(m.Sentence) && target.Mentions.Any(x => x.Sentence.Index == m.Sentence.Index && SetApartBetween(m, x)))) continue;
            // "the four leaders signed an agreement ... Chamberlain alone signed a short declaration": signers the day's document
            // lacks tell a document of its own.
            if (general.Signatories.Count > 0 && target.Signatories.Count > 0 && !general.Signatories.Keys.All(target.Signatories.ContainsKey)) continue;
            // The day's document keeps its own dating: a year the general noun's sentence told is no firmer than its own.
            var ownYear = target.Year;
            var kind = target.Kind;
            AgreementClusterer.Merge(target, general, agreements);
            target.TakeSignaturesOf(general);
            target.Kind = kind;
            target.Year = ownYear;
            joined.Add((general, target));
        }
        return joined;
    }

    /// <summary>Untitled, told under a general noun of settlement at least once and otherwise only under a neutral noun, with no subject, and never as another act than the day's making.</summary>
    private static bool UnderGeneralNounsOnly(Agreement a) =>
        a.Title is null && a.Topic is null && a.Mentions.Count > 0
        && a.Mentions.Any(m => GeneralNouns.Contains(Head(m)))
        // "a defence agreement", "a ceasefire accord", "the fishing deal": a subject word before the noun tells a document of its own.
        && a.Mentions.All(m => !SubjectModifiers(m).Any())
        // "the EU framework" pointing back to the pact is still a reference back, not a kind of its own.
        && a.Mentions.All(m => (GeneralNouns.Contains(Head(m)) || NeutralNouns.Contains(Head(m)) || m.Definite && !IsMemorandum(m)) && m.Title is null && m.Topic is null
                               && !m.Recalled && !m.Upheld && !m.NotMade && !m.SetApart && !m.ListItem && !m.RenamesAnother && !m.SetMember);

    /// <summary>Never told as recalled, upheld, set apart or a list item, and concluded in the story (or the general-noun reference is, as "signed a treaty ... the formal pact" shows).</summary>
    private static bool OfTheDay(Agreement a, Agreement general) =>
        (a.Mentions.Any(m => m.Concluded && !m.NotMade) || general.Mentions.Any(m => m.Concluded && !m.NotMade))
        && a.Mentions.All(m => !m.Recalled && !m.Upheld && !m.SetApart && !m.ListItem);

    /// <summary>Words before a document noun that describe no subject: determiners, counts and words of praise or form.</summary>
    private static readonly FrozenSet<string> PlainModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "its", "their", "his", "her", "our", "new", "joint", "bilateral", "trilateral",
        "formal", "historic", "landmark", "ambitious", "broad", "sweeping", "first", "such", "same", "signed", "major", "key",
        "so-called", "two", "three", "ever", "overall", "long-awaited", "important", "whole",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<AgreementModifier> Modifiers(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = m.TokenStart; k < m.TokenEnd - 1 && k < tokens.Count; k++)
            if (tokens[k].IsWord && !PlainModifiers.Contains(tokens[k].Lower) && !tokens[k].Text.All(char.IsDigit))
                yield return new AgreementModifier(tokens[k].Text, tokens[k].IsCapitalized);
    }

    /// <summary>Lowercase modifiers that name a subject ("defence", "ceasefire", "fishing").</summary>
    private static IEnumerable<string> SubjectModifiers(AgreementMention m) => Modifiers(m).Where(w => !w.Capitalised).Select(w => w.Text);

    /// <summary>Capitalised modifiers in running text ("the Dayton agreement"): a name of the document's own.</summary>
    private static IEnumerable<string> ProperModifiers(AgreementMention m) =>
        AgreementClusterer.IsHeadline(m.Sentence) ? [] : Modifiers(m).Where(w => w.Capitalised).Select(w => w.Text);

    private readonly record struct AgreementModifier(string Text, bool Capitalised);

    /// <summary>General nouns before which a capitalised word names the document itself, not its parties.</summary>
    private static readonly FrozenSet<string> NamingHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "pact", "deal" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that set a second document against the first: replacing, comparing, adding, ordering in time.</summary>
    private static readonly FrozenSet<string> SettingApartWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "replaces", "replace", "replaced", "replacing", "supersedes", "superseded", "succeeds", "than", "with", "and", "also",
        "besides", "alongside", "plus", "after", "before", "instead", "follows", "followed", "unlike", "while", "whereas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word of <see cref="SettingApartWords"/> stands between two mentions of one sentence.</summary>
    private static bool SetApartBetween(AgreementMention a, AgreementMention b)
    {
        var (first, second) = a.TokenStart <= b.TokenStart ? (a, b) : (b, a);
        var tokens = a.Sentence.Tokens;
        for (var k = first.TokenEnd; k < second.TokenStart && k < tokens.Count; k++)
            if (SettingApartWords.Contains(tokens[k].Lower)) return true;
        return false;
    }

    private static bool Indefinite(AgreementMention m) =>
        m.Sentence.Tokens[m.TokenStart].Lower is "a" or "an" || m.TokenStart > 0 && m.Sentence.Tokens[m.TokenStart - 1].Lower is "a" or "an";

    private static bool IsMemorandum(AgreementMention m) => Head(m) is "memorandum" or "understanding" or "mou";

    private static string Head(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower;
}
