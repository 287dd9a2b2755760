using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The ministers signed the Memorandum of Understanding on Coastal Fisheries in Porto Velho ... the Porto Velho MoU is the
/// first such text": a document is commonly called after the city where it was made ("the Osk MoU", "the Treaty of
/// Varo", "the Port Mira Declaration"). A title made only of a place name and a document noun names the one document
/// of its kind the story tells made at that place (the pattern: a place-of-signing name for a document told by its full
/// title or by a description).
/// </summary>
/// <remarks>Only when exactly one document of that kind was made there, the years agree and the place-named document was
/// made by no other gathering; a memorandum stays apart from an agreement, a recalled or upheld place name of another year
/// from the document made now.</remarks>
internal static class DocumentCalledAfterItsPlace
{
    /// <summary>Words of a title that are not its place: determiners, "of", and the nouns of documents.</summary>
    private static readonly FrozenSet<string> DocumentWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "agreement", "accord", "deal", "pact", "treaty", "declaration", "statement", "communique", "memorandum",
        "understanding", "mou", "protocol", "framework", "charter", "convention", "document", "text",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GeneralNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "agreement", "accord", "deal", "pact" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Joins each place-named document into the document made at its place; returns the pairs joined (place-named, made there).</summary>
    public static List<(Agreement Named, Agreement MadeThere)> Join(List<Agreement> agreements)
    {
        var joined = new List<(Agreement, Agreement)>();
        // Runs for every story: with no document made at a told meeting, or none titled, there is nothing to join.
        if (!agreements.Exists(a => a.ProducedBy is not null) || !agreements.Exists(a => a.Title is not null)) return joined;
        foreach (var named in agreements.Where(a => a.Mentions.All(m => !m.SetApart && !m.ListItem)).ToList())
        {
            if (!agreements.Contains(named) || PlaceWords(named) is not { } place) continue;
            var made = agreements.Where(d => d != named && d.ProducedBy is { } meeting && MadeAt(meeting, place) && Fits(named, d)).Take(2).ToList();
            if (made.Count != 1) continue;
            var target = made[0];
            var drop = named;
            AgreementClusterer.Merge(target, drop, agreements);
            target.TakeSignaturesOf(drop);
            joined.Add((named, target));
        }
        return joined;
    }

    /// <summary>The place a title names beside its document noun ("Osk" of "the Osk MoU"), as a name key; else null.</summary>
    private static string? PlaceWords(Agreement a)
    {
        if (a.Title is not { } title) return null;
        var words = NameKey.Of(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !DocumentWords.Contains(words[^1]) && !DocumentWords.Contains(words[0])) return null;
        var rest = words.Where(w => !DocumentWords.Contains(w)).ToList();
        // "the Treaty of Varo", "the Varo Treaty": the place is one unbroken run of the title's words.
        return rest.Count is >= 1 and <= 3 && rest.All(w => w.Length > 1 && !w.Any(char.IsDigit)) ? string.Join(" ", rest) : null;
    }

    /// <summary>The meeting was held at the place: one of its places is called so, or is a venue "of" it ("the Great Hall of X").</summary>
    private static bool MadeAt(Meetings.Meeting meeting, string place) =>
        meeting.Places.Any(p => new[] { p.Surface, p.Canonical }.Any(n => n is not null && NameKey.Of(n) is var key
                                                                        && (key == place || key.EndsWith(" of " + place, StringComparison.Ordinal))));

    private static bool Fits(Agreement named, Agreement made)
    {
        if (named.Year is { } y && made.Year is { } z && y != z) return false;
        // Made by another gathering: another document.
        if (named.ProducedBy is { } other && other != made.ProducedBy) return false;
        if (named.Mentions.Any(m => m.Recalled || m.NotMade) && named.Year is not null && named.Year != made.Year) return false;
        if (IsMemorandum(named) != IsMemorandum(made)) return false;
        // "the Osk II Declaration ... builds on the Osk Declaration": told apart in one sentence, two documents.
        if (named.Mentions.Any(m => made.Mentions.Any(x => x.Sentence.Index == m.Sentence.Index))) return false;
        // A document whose own signers are told is one of its own, unless the same people signed the other: "A and B signed
        // the Y Agreement" and "the X Agreement they signed in June" at one place are two documents.
        if (named.Signatories.Count > 0 && !named.Signatories.Keys.Any(made.Signatories.ContainsKey)) return false;
        return named.Family == made.Family || GeneralNouns.Contains(Head(named)) && GeneralNouns.Contains(Head(made));
    }

    private static string Head(Agreement a) => a.Mentions[0].Sentence.Tokens[a.Mentions[0].TokenEnd - 1].Lower;

    private static bool IsMemorandum(Agreement a) => a.Mentions.Any(m => m.Sentence.Tokens[m.TokenEnd - 1].Lower is "memorandum" or "understanding" or "mou");
}
