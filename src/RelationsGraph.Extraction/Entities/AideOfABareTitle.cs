using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "X, the emir's envoy in Geneva", "the king's chamberlain, X", "A and B signed as the tsar's plenipotentiaries": history
/// and news pieces name the owner of an aide's office by the bare title of the ruler or leader the story has already
/// introduced, so the aide serves that ruler's state (pattern: an office owned by a title standing for its holder). The
/// title is read as the one country the article's holders of that title have (the sentence's own holders first); with no
/// placed holder, a style naming one realm ("the sultan's") gives that realm when the article names the state itself.
/// </summary>
internal static class AideOfABareTitle
{
    /// <summary>Titles of a ruler or head of government that stand alone for their holder ("the sultan's", "the president's").</summary>
    internal static readonly FrozenSet<string> OwnerTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "king", "queen", "emperor", "empress", "tsar", "tsarina", "czar", "czarina", "sultan", "emir", "shah", "kaiser",
        "president", "premier", "chancellor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of an aide's or agent's office, singular and plural.</summary>
    private static readonly FrozenSet<string> AideNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "envoy", "envoys", "ambassador", "ambassadors", "plenipotentiary", "plenipotentiaries", "adviser", "advisers",
        "advisor", "advisors", "aide", "aides", "minister", "ministers", "representative", "representatives", "negotiator",
        "negotiators", "emissary", "emissaries", "agent", "agents", "commissioner", "commissioners", "chamberlain",
        "secretary", "spokesman", "spokeswoman", "spokesperson", "counsellor", "counselor", "deputy", "delegate", "delegates",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most lower-case words of the office after the possessive ("first plenipotentiary", "national security adviser").</summary>
    private const int MaxOfficeWords = 4;

    /// <summary>Most tokens from a listed name to "as" ("A, B and C signed as ...").</summary>
    private const int MaxListGap = 14;

    /// <summary>Gives each unplaced person so described the country of the title's holder; returns the people it changed.</summary>
    public static IReadOnlyList<PersonName> Apply(IReadOnlyList<PersonName> people, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var changed = new List<PersonName>();
        HashSet<string>? named = null;
        foreach (var p in people.Where(UnplacedOfficials.IsUnplaced))
            foreach (var m in p.Mentions.Where(m => !m.IsNominal))
            {
                var sentence = mentions[m.Sentence.Index];
                if ((OfficeBefore(m) ?? OfficeAfter(m) ?? ServedAs(m, sentence)) is not var (title, office)) continue;
                named ??= [.. mentions.SelectMany(s => s).Where(c => c.Kind == MentionKind.Country && c.Iso2 is not null).Select(c => c.Iso2!)];
                if (HoldersCountry(title, m.Sentence.Index, people, named) is not { } iso) continue;
                OfficialOfALeader.TakeOffice(p, m, iso, office, "an office owned by a bare title gives its holder's country");
                changed.Add(p);
                break;
            }
        return changed;
    }

    /// <summary>"the king's chamberlain, X" / "the president's adviser X": the title and the office words before the name.</summary>
    private static (string Title, string Office)? OfficeBefore(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var end = m.TokenStart - 1;
        if (end >= 0 && tokens[end].Text == ",") end--;
        if (end < 0 || !IsAide(tokens[end])) return null;
        return Owned(tokens, end);
    }

    /// <summary>"X, the emir's envoy in Geneva": an apposition right after the name.</summary>
    private static (string Title, string Office)? OfficeAfter(Mention m)
    {
        var tokens = m.Sentence.Tokens;
        var k = m.TokenEnd;
        if (k + 3 >= tokens.Count || tokens[k].Text != "," || tokens[k + 1].Lower != "the") return null;
        return OwnedAfter(tokens, k + 2);
    }

    /// <summary>"A and B signed as the tsar's plenipotentiaries": a name in the subject list of a clause going on with "as".</summary>
    private static (string Title, string Office)? ServedAs(Mention m, IReadOnlyList<Mention> sentence)
    {
        var tokens = m.Sentence.Tokens;
        var k = m.TokenEnd;
        var verbs = 0;
        while (k < tokens.Count && k - m.TokenEnd <= MaxListGap && tokens[k].Lower != "as")
        {
            var at = k;
            var other = sentence.FirstOrDefault(o => o.Kind == MentionKind.Person && o.TokenStart == at);
            if (other is not null) { k = other.TokenEnd; continue; }
            if (tokens[k].Text == "," || tokens[k].Lower == "and") { k++; continue; }
            // A title word right before a listed name ("and Count B").
            if (tokens[k].IsWord && tokens[k].IsCapitalized && sentence.Any(o => o.Kind == MentionKind.Person && o.TokenStart == at + 1)) { k++; continue; }
            // One or two verb words of the clause ("signed", "had served").
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || ++verbs > 2) return null;
            k++;
        }
        if (verbs == 0 || k + 2 >= tokens.Count || tokens[k].Lower != "as" || tokens[k + 1].Lower != "the") return null;
        return OwnedAfter(tokens, k + 2);
    }

    /// <summary>From a title at <paramref name="at"/>: "sultan 's [words] envoy" with the office closing there.</summary>
    private static (string Title, string Office)? OwnedAfter(List<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !OwnerTitles.Contains(tokens[at].Text) || tokens[at + 1].Text is not ("'s" or "’s")) return null;
        var last = -1;
        for (var j = at + 2; j < tokens.Count && j - at - 2 < MaxOfficeWords && IsLowerWord(tokens[j]); j++)
            if (IsAide(tokens[j])) last = j;
        if (last < 0) return null;
        return (tokens[at].Lower, Words(tokens, at + 2, last));
    }

    /// <summary>Back from the office noun at <paramref name="end"/>: "the sultan 's [words]" before it.</summary>
    private static (string Title, string Office)? Owned(List<Token> tokens, int end)
    {
        var from = end;
        while (from - 1 >= 0 && end - from + 1 < MaxOfficeWords && IsLowerWord(tokens[from - 1])) from--;
        var possessive = from - 1;
        if (possessive < 2 || tokens[possessive].Text is not ("'s" or "’s") || !OwnerTitles.Contains(tokens[possessive - 1].Text) ||
            tokens[possessive - 2].Lower != "the") return null;
        return (tokens[possessive - 1].Lower, Words(tokens, from, end));
    }

    /// <summary>
    /// The one country of the people holding <paramref name="title"/>: those of the sentence first, then the article's; with
    /// none placed, the realm one sovereign's style names when the article names that state.
    /// </summary>
    internal static string? HoldersCountry(string title, int sentence, IReadOnlyList<PersonName> people, HashSet<string> named)
    {
        bool Holds(Mention o) => o.Kind == MentionKind.Person && !o.IsNominal && o.Title is { } t &&
                                 t.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Equals(title, StringComparison.OrdinalIgnoreCase);
        var inSentence = people.Where(p => p.Iso2 is not null && p.Mentions.Any(o => o.Sentence.Index == sentence && Holds(o)))
            .Select(p => p.Iso2!).Distinct().ToList();
        if (inSentence.Count == 1) return inSentence[0];
        if (inSentence.Count > 1) return null;
        var holders = people.Where(p => p.Iso2 is not null && p.Mentions.Any(Holds)).Select(p => p.Iso2!).Distinct().ToList();
        if (holders.Count == 1) return holders[0];
        if (holders.Count > 1) return null;
        return RealmOfASovereignsStyle.RealmOf(title) is { } realm && named.Contains(realm) ? realm : null;
    }

    private static bool IsAide(Token t) => t.IsWord && !t.IsCapitalized && AideNouns.Contains(t.Text);

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized && t.Lower is not ("and" or "or" or "who" or "which" or "the" or "a" or "an" or "his" or "her" or "their" or "its");

    private static string Words(List<Token> tokens, int from, int to) => string.Join(' ', tokens.Skip(from).Take(to - from + 1).Select(t => t.Text));
}
