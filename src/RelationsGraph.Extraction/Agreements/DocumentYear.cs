using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// The year one reference gives its document, read only where the sentence dates that document and no other:
/// its own name ("the 2005 Agreement", "the Alma-Ata Declaration of 1991"), the clause that tells it was made ("the
/// treaty that X signed in 1963", "X and Y on Thursday signed a treaty"), or, for a reference with no making verb of
/// its own, a date in its very clause that no other document or event holds. A wrong year loses the document (another
/// year is another document), a missing one costs little: when unsure, no year.
/// </summary>
internal static class DocumentYear
{
    /// <summary>Verbs that make a document: the date in their clause is the document's date.</summary>
    private static readonly FrozenSet<string> MakingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "concluded", "agreed", "reached", "struck", "inked", "adopted", "sealed", "ratified", "endorsed", "issued", "initialled", "initialed",
          // "the partnership announced on Thursday", "a plan launched in 2004": making it public is when it dates from.
          "announced", "launched", "unveiled", "released" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a gathering whose date dates what it issued.</summary>
    private static readonly FrozenSet<string> GatheringNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "summit", "meeting", "conference", "session", "talks", "forum", "retreat", "visit", "congress" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open another clause: a date past them belongs to that clause's event.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ";", ":", "(", ")", "which", "who", "whom", "whose", "where", "when", "that", "but", "while", "whereas", "although" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a coordinated clause opens with after a comma: ", and the Blue Line of 2000 still marks ...".</summary>
    private static readonly FrozenSet<string> Coordinators = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "and", "but", "while", "as", "yet", "so" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the 2005 Agreement", "the Strategic Framework Agreement of 2008", "the disengagement agreement of 21 October 2024":
    /// a year inside the phrase, or a date joined to the name by "of", is the document's own (the pattern: a name that
    /// carries its year).
    /// </summary>
    public static int? OfOwnName(List<Token> tokens, IReadOnlyList<DateExpression> dates, int start, int noun, int nameEnd)
    {
        for (var i = start; i < noun; i++)
            if (YearToken(tokens[i]) is { } y) return y;
        // "the January ceasefire agreement", "the December joint statement": a month in the name dates it.
        if (dates.FirstOrDefault(d => d.Value is not null && d.TokenStart > start && d.TokenEnd <= noun) is { } inName) return YearOf(inName);
        if (nameEnd < tokens.Count && tokens[nameEnd].Lower == "of")
        {
            if (nameEnd + 1 < tokens.Count && YearToken(tokens[nameEnd + 1]) is { } bare) return bare;
            if (dates.FirstOrDefault(d => d.TokenStart is var s && (s == nameEnd || s == nameEnd + 1) && d.Value is not null) is { } dated) return YearOf(dated);
        }
        return null;
    }

    /// <summary>Nouns of the act that makes a document: "the 1975 signing of the Final Act".</summary>
    private static readonly FrozenSet<string> MakingNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signing", "signature", "adoption", "conclusion" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the 1975 signing of the Harbour Act", "the 2003 adoption of the Lake Charter": a bare year on the noun of the act
    /// that made the document, joined to it by "of", is the document's own year (the pattern: a recalled document dated
    /// through its making noun, while the story's own date belongs to another event).
    /// </summary>
    public static int? OfItsMakingNoun(List<Token> tokens, int start)
    {
        var of = start - 1;
        if (of >= 0 && tokens[of].Lower is "the" or "a" or "an") of--;
        if (of < 2 || tokens[of].Lower != "of" || !MakingNouns.Contains(tokens[of - 1].Text)) return null;
        return YearToken(tokens[of - 2]);
    }

    /// <summary>
    /// The date of the clause that tells the document was made: a participle or passive after the name ("the accord, signed
    /// in 2013", "The BRELL agreement, signed in 2001 by ..."), a relative clause whose verb makes it ("the Quirinal Treaty
    /// that Macron signed with Draghi in Rome in November 2021", "a framework that they endorsed at their 2019 retreat"),
    /// or an active verb whose object it is ("X and Y on Thursday signed a treaty", "Jordan, which signed its own peace
    /// treaty with Israel in 1994"). Null when no such clause carries a date.
    /// </summary>
    /// <remarks>"late on Tuesday, 4 June, the envoys signed": a weekday told in apposition to its calendar day is that
    /// one day, and the day's year, which the narrative has set, dates the making, not the weekday's, read from publication
    /// (the pattern: "Thursday, 12 March 2020" in a retrospective; see WeekdayWithItsDate).</remarks>
    public static int? OfMaking(List<Token> tokens, IReadOnlyList<DateExpression> dates, int start, int nameEnd)
    {
        dates = Meetings.WeekdayWithItsDate.Join(tokens, dates);
        return OfMakingAfter(tokens, dates, nameEnd, FrontedMakingClauseEnd(tokens, dates, start, nameEnd)) ?? OfMakingVerbBefore(tokens, dates, start, nameEnd);
    }

    /// <summary>
    /// "In a communiqué they issued as the visit ended, the ministers praised a dialogue begun in May 2019": the
    /// making clause of a reference inside a fronted phrase ends at that phrase's comma, and a date past it is of the main
    /// clause's events (the pattern: a fronted phrase closes at its comma; see FrontedPhraseEnd). A comma joining names ("signed
    /// by A, B and ...") does not close it, and a clause set off by its own commas ("Under the accord, signed by A, B and C on
    /// 14 May, ...") is left whole, as before. No limit otherwise.
    /// </summary>
    private static int FrontedMakingClauseEnd(List<Token> tokens, IReadOnlyList<DateExpression> dates, int start, int nameEnd)
    {
        if (FrontedPhraseEnd(tokens, start, nameEnd) == int.MaxValue || nameEnd < tokens.Count && tokens[nameEnd].Text == ",") return int.MaxValue;
        for (var k = nameEnd + 1; k < tokens.Count && k <= nameEnd + 12; k++)
            if (tokens[k].Text == "," && !JoinsNames(tokens, k) && !dates.Any(d => d.TokenStart < k && k < d.TokenEnd)) return k;
        return int.MaxValue;
    }

    /// <summary>The date of a making clause after the name: participle, passive or relative clause (see <see cref="OfMaking"/>).</summary>
    public static int? OfMakingAfter(List<Token> tokens, IReadOnlyList<DateExpression> dates, int nameEnd, int limit = int.MaxValue)
    {
        var k = nameEnd;
        // "a 'Framework for Discussions' that they endorsed": a closing quote or a comma may stand before the clause.
        while (k < tokens.Count && k <= nameEnd + 1 && tokens[k].Text is "\"" or "”" or "’" or "'" or ",") k++;
        if (k >= tokens.Count) return null;
        // "which leaders adopted in 2000", "that France signed with Germany in 1963": the relative clause's own verb.
        // "whose negotiations were concluded in June" speaks of something of the document's, not of making it.
        if (tokens[k].Lower is "which" or "that")
        {
            // "the protocol that Ghana, Togo and Benin concluded in Lome in 2017": a comma between two names joins
            // the subjects of the clause and does not end it (the pattern: a relative clause's subject may be a list).
            var reach = k + 8;
            for (var v = k + 1; v < tokens.Count && v <= reach && !IsOpener(tokens[v]) && (tokens[v].Text != "," || JoinsNames(tokens, v) || AppositiveNameAt(tokens, v) > v); v++)
            {
                // "which X and his predecessor, Y, signed in 1998": an appositive name inside the subject does not end the clause.
                if (tokens[v].Text == "," && AppositiveNameAt(tokens, v) is var close && close > v) { reach += close - v + 1; v = close; continue; }
                if (MakingVerbs.Contains(tokens[v].Text)) return DateAfter(tokens, dates, v, limit);
                // "that dates from 1998": the clause tells the document's origin (see DatesFromClause).
                if (DatesFromClause.At(tokens, v)) return DateAfter(tokens, dates, v, limit);
                // "that recalled the Lancaster House treaties signed in 2010": the clause's own verb is another one.
                if (tokens[v].IsWord && !tokens[v].IsCapitalized && tokens[v].Lower.EndsWith("ed", StringComparison.Ordinal)) return null;
            }
            return null;
        }
        // "Both the Defence Agreement and an earlier treaty were signed in 2007": a coordinated subject shares its passive.
        if (tokens[k].Lower == "and")
            for (var j = k + 1; j < tokens.Count && j <= k + 10 && !IsOpener(tokens[j]) && tokens[j].Text != ","; j++)
                if (tokens[j].Lower == "were" && j + 1 < tokens.Count && MakingVerbs.Contains(tokens[j + 1].Text)) return DateAfter(tokens, dates, j + 1, limit);
        // "the declaration of the previous Beijing summit in 2018": a document told as a gathering's is of that gathering's date.
        if (tokens[k].Lower is "of" or "at" or "from")
            for (var j = k + 1; j < tokens.Count && j <= k + 6 && !IsOpener(tokens[j]) && tokens[j].Text != ","; j++)
                if (GatheringNouns.Contains(tokens[j].Text))
                    return OfOwnName(tokens, dates, k + 1, j, j + 1) ?? dates.Where(d => d.Value is not null && d.TokenStart > j && d.TokenStart <= j + 2 && !IsDeadlineOrComing(tokens, d))
                        .Select(d => (int?)YearOf(d)).FirstOrDefault();
        // "an agreement the three governments signed in 1967": a relative clause with no pronoun, its subject then its verb.
        // After a comma ("a framework on the corridor, the project announced in Delhi last September") the phrase is an
        // appositive noun with its own reduced relative, and the date is that noun's (see AppositiveAfterAComma).
        if (tokens[k].Lower is "the" or "they" or "both" or "he" or "she" or "we" && !AppositiveAfterAComma(tokens, nameEnd, k))
            for (var j = k + 1; j < tokens.Count && j <= k + 5 && !IsOpener(tokens[j]) && tokens[j].Text != "," && !IsDocumentNoun(tokens, j); j++)
                if (MakingVerbs.Contains(tokens[j].Text) && tokens[j - 1].Lower is not ("was" or "were" or "is" or "are")) return DateAfter(tokens, dates, j, limit);
        // "The agreement between Poland and Sweden was signed ...": the sides named after the noun belong to its phrase.
        if (tokens[k].Lower is "between" or "with")
        {
            var j = k + 1;
            while (j < tokens.Count && j <= k + 8 && (tokens[j].IsCapitalized && tokens[j].IsWord || tokens[j].Lower is "and" or "the" or "of" or "-")) j++;
            if (j < tokens.Count && tokens[j].Lower is "was" or "were") k = j;
            // "the peace treaty with Egypt that A and B signed in 1979", "the accord with Iran, signed in 2015": the sides named
            // in the phrase are part of the name, and the clause that follows them tells the making as it would right after the noun.
            else if (j > k + 1 && j < tokens.Count && tokens[j].Lower is "which" or "that" or ",") return OfMakingAfter(tokens, dates, j, limit);
        }
        // "the accord signed in 2013", "the treaty was signed in 1994": a participle or passive right after the name.
        if (tokens[k].Lower is "was" or "were" or "had" or "has" or "have") k += tokens[k].Lower is "had" or "has" or "have" && k + 1 < tokens.Count && tokens[k + 1].Lower == "been" ? 2 : 1;
        // "The accord was first signed in 1868", "the treaty was formally concluded in May": an adverb may stand inside the passive.
        if (k + 1 < tokens.Count && tokens[k - 1].Lower is "was" or "were" or "been" && IsPassiveAdverb(tokens[k]) && MakingVerbs.Contains(tokens[k + 1].Text)) k++;
        return k < tokens.Count && MakingVerbs.Contains(tokens[k].Text) ? DateAfter(tokens, dates, k, limit) : null;
    }

    /// <summary>
    /// "X and Y on Thursday signed a Treaty of Friendship", "In 2019 the leaders adopted a declaration": an active making verb
    /// before the reference, with nothing between but its phrase or a list of documents it also makes; the date anywhere in
    /// that verb's clause dates it. A document after another one's preposition ("a protocol of amendment to their trade
    /// agreement") is not the verb's object.
    /// </summary>
    public static int? OfMakingVerbBefore(List<Token> tokens, IReadOnlyList<DateExpression> dates, int start, int nameEnd)
    {
        var verb = -1;
        for (var v = start - 1; v >= 0 && v >= start - 24; v--)
        {
            if (IsOpener(tokens[v]) || OpensCoordinateClause(tokens, v)) return null;
            if (MakingVerbs.Contains(tokens[v].Text) || SigningVerb.IsAt(tokens, v) || MakingGerundOfMeans(tokens, v)) { verb = v; break; }
        }
        if (verb < 0) return null;
        if (InfinitiveOfAnotherAct(tokens, verb, start)) return null;
        // "signed a joint declaration and an updated action plan": another document between is fine only as a list.
        var listed = start >= 1 && tokens[start - 1].Lower is "and" or ",";
        for (var k = verb + 1; k < start; k++)
            if (IsDocumentNoun(tokens, k) && !listed) return null;
        var from = verb;
        while (from > 0 && !IsOpener(tokens[from - 1])) from--;
        var to = nameEnd;
        while (to < tokens.Count && (!IsOpener(tokens[to]) || DemonstrativeTime(tokens, to)) && !OpensCoordinateClause(tokens, to) && !IsDocumentNoun(tokens, to) && !ReducedRelativeOfAnotherNoun(tokens, to, nameEnd)) to++;
        // "established ties in January 1992, and in December 2013 X and Y signed a treaty": a coordinated clause with a date
        // of its own is dated by it, not by the earlier clause's event; one without ("met on Sunday, and the two signed a
        // pact") shares the earlier clause's time.
        var coordinated = verb;
        while (coordinated > from && !OpensCoordinateClause(tokens, coordinated - 1)) coordinated--;
        // "weeks after the September 11 attacks": a date that qualifies another noun names that thing and sets no time.
        bool Sets(DateExpression d) => d.Value is not null && !IsDeadlineOrComing(tokens, d) && !QualifiesAnotherNoun(tokens, d.TokenStart, d.TokenEnd)
                                       && !CountedFrom(tokens, d.TokenEnd <= verb ? d.TokenEnd : nameEnd, d.TokenEnd <= verb ? verb : d.TokenStart);
        var inClause = dates.FirstOrDefault(d => Sets(d) && d.TokenStart >= coordinated && d.TokenEnd <= to)
                       ?? dates.FirstOrDefault(d => Sets(d) && d.TokenStart >= from && d.TokenEnd <= to);
        // "the factions put their names to a pact in Kavieng before dawn on Sunday meant to end ..., promising a vote in 1998": a day of the story's week
        // told first dates the making, though unresolved; a year further on in the clause is of a later phrase's act.
        if (inClause is not null && inClause.TokenStart >= nameEnd
            && dates.Any(d => d.Value is null && d.TokenStart >= from && d.TokenStart < inClause.TokenStart && !IsDeadlineOrComing(tokens, d) && !QualifiesAnotherNoun(tokens, d.TokenStart, d.TokenEnd)))
            return null;
        if (inClause is not null) return YearOf(inClause);
        // "That raid, in May 1990, came six months after ... had signed the accord": the anchor moved back by the offset.
        if (dates.FirstOrDefault(d => d.Value is not null && !IsDeadlineOrComing(tokens, d) && !QualifiesAnotherNoun(tokens, d.TokenStart, d.TokenEnd)
                && d.TokenStart >= from && d.TokenEnd <= to && (d.TokenEnd <= verb || d.TokenStart >= nameEnd)) is { } anchor
            && ShiftedYear(tokens, anchor, anchor.TokenEnd <= verb ? anchor.TokenEnd : nameEnd, anchor.TokenEnd <= verb ? verb : anchor.TokenStart, anchor.TokenEnd <= verb) is { } shifted)
            return shifted;
        // "to New Delhi last December, where he and Modi adopted a joint statement": a clause opened by "where" or "when"
        // happens at its antecedent's time, so the date just before it dates the making too.
        if (from == 0 || tokens[from - 1].Lower is not ("where" or "when")) return null;
        var antecedent = from >= 2 && tokens[from - 2].Text == "," ? from - 2 : from - 1;
        // "had no ties until last September, when their ministers signed a communiqué": "until" bounds the span before, and a
        // past making verb in the "when" clause happened at that very time (the pattern: "until X, when" sets the event at X).
        bool UntilThen(DateExpression d) => d.TokenStart >= 1 && tokens[d.TokenStart - 1].Lower is "until" or "till" && tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal)
                                            && !d.Text.Split(' ').Any(w => w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase));
        return dates.LastOrDefault(d => d.Value is not null && d.TokenEnd <= antecedent && d.TokenEnd >= antecedent - 1 && (!IsDeadlineOrComing(tokens, d) || UntilThen(d))) is { } then
            ? YearOf(then) : null;
    }

    /// <summary>
    /// For a reference no making clause dates: "Egypt made peace in 1979 with a treaty". The closest date in its own clause,
    /// unless another document stands between, another making verb holds it ("The package signed on Tuesday was negotiated
    /// under a framework"), or it is another noun's own ("the Blue Line of 2000"). Null when unsure.
    /// </summary>
    public static int? InOwnClause(List<Token> tokens, IReadOnlyList<DateExpression> dates, int start, int noun, int nameEnd)
    {
        // "signed a protocol of amendment to their trade agreement on Tuesday": the clause makes another document, and its
        // date is that one's.
        // Without a date in the sentence there is no year to find: spare the clause scan (runs for most document nouns).
        if (dates.Count == 0 || MakingVerbInClause(tokens, start, nameEnd) || IntendedMaking(tokens, start) || Commemorated(tokens, start)) return null;
        // The nearest qualifying date, the first of equals (as the stable sort this replaces gave).
        DateExpression? nearest = null;
        var nearestDistance = 0;
        var frontedEnd = FrontedPhraseEnd(tokens, start, nameEnd);
        foreach (var d in dates)
        {
            if (d.TokenStart >= frontedEnd) continue;
            if (d.Value is null || IsDeadlineOrComing(tokens, d) || OwnedByAnotherNoun(tokens, d, nameEnd) || QualifiesAnotherNoun(tokens, d.TokenStart, d.TokenEnd)
                || BoundsASpan(tokens, d) || DatesTakingEffect(tokens, d, nameEnd)) continue;
            if (!(d.TokenEnd <= start ? d.TokenEnd >= start - 25 && SameClause(tokens, d.TokenEnd, start) : d.TokenStart >= nameEnd && d.TokenStart <= nameEnd + 25 && SameClause(tokens, nameEnd, d.TokenStart))) continue;
            var distance = d.TokenEnd <= start ? start - d.TokenEnd : d.TokenStart - nameEnd;
            if (nearest is null || distance < nearestDistance) (nearest, nearestDistance) = (d, distance);
        }
        return nearest is null ? null : YearOf(nearest);
    }

    /// <summary>Nouns of a remembrance: "the fiftieth anniversary of the treaty".</summary>
    private static readonly FrozenSet<string> RemembranceNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "anniversary", "centenary", "centennial", "bicentenary", "bicentennial", "jubilee" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "published on 3 May 1990, on the fortieth anniversary of the Harbour Treaty": a document told as what an anniversary
    /// remembers was made long before, and a date of its clause is the remembrance's day, not its year (the pattern: "the
    /// anniversary of X" dates the remembering, never X).
    /// </summary>
    internal static bool Commemorated(List<Token> tokens, int start)
    {
        var of = start - 1;
        if (of >= 0 && tokens[of].Lower is "the" or "a" or "an") of--;
        return of >= 1 && tokens[of].Lower == "of" && RemembranceNouns.Contains(tokens[of - 1].Text);
    }

    /// <summary>Verbs of intention whose infinitive tells an act still to come ("hope to conclude", "plan to sign").</summary>
    private static readonly FrozenSet<string> IntentionVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "hope", "hopes", "hoped", "plan", "plans", "planned", "aim", "aims", "aimed", "expect", "expects", "expected", "want", "wants", "wanted",
          "intend", "intends", "intended", "seek", "seeks", "sought", "pledge", "pledged", "vow", "vowed", "promise", "promised", "wish", "wishes", "wished" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "both sides hope a treaty can be concluded in 2031", "they plan to sign a treaty next spring": a making verb in the
    /// infinitive of a verb of intention tells a document still to be made, so a date of its clause is a target, not the
    /// year of any document (the pattern: an intended act has not happened).
    /// </summary>
    internal static bool IntendedMaking(List<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 2 && k >= start - 6 && !IsOpener(tokens[k]) && tokens[k].Text != ","; k--)
            if (BaseMakingVerbs.Contains(tokens[k].Text) && tokens[k - 1].Lower == "to" && IntentionVerbs.Contains(tokens[k - 2].Text)) return true;
        return false;
    }

    /// <summary>Prepositions that open a sentence's fronted phrase of circumstance ("Under the accord, ...").</summary>
    private static readonly FrozenSet<string> FrontingPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "under", "with", "through", "by", "despite", "unlike", "like", "beyond", "besides", "per", "following", "after", "before", "since", "in", "within", "without", "for" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Under the political accord, the president stays in office until his term ends in 2031": a reference inside a phrase
    /// that opens the sentence and closes at a comma sets the terms of the main clause, whose dates are that clause's events,
    /// not the document's (the pattern: a fronted prepositional phrase is an adjunct of the clause after its comma). The
    /// position of that comma, or the sentence's end when the reference is not in such a phrase.
    /// </summary>
    private static int FrontedPhraseEnd(List<Token> tokens, int start, int nameEnd)
    {
        if (start < 1 || !FrontingPrepositions.Contains(tokens[0].Text)) return int.MaxValue;
        for (var k = 1; k < start; k++)
            if (tokens[k].Text == "," || IsOpener(tokens[k])) return int.MaxValue;
        for (var k = nameEnd; k < tokens.Count && k <= nameEnd + 12; k++)
            if (tokens[k].Text == ",") return k;
        return int.MaxValue;
    }

    /// <summary>
    /// "remain the main framework, though talks have been frozen since 2014": a date that bounds a span tells how long a state
    /// has lasted, not when the document was made (the pattern: "since", "until" mark a span's end, not an event).
    /// </summary>
    private static bool BoundsASpan(List<Token> tokens, DateExpression d) =>
        tokens[d.TokenStart].Lower is "since" or "until" or "till" || d.TokenStart >= 1 && tokens[d.TokenStart - 1].Lower is "since" or "until" or "till";

    /// <summary>
    /// "the pact would take effect on January 1, 2031", "In 1964 the treaty came into force": a date of the document's taking
    /// effect or entering into force is when it began to bind, often years after it was signed, so it does not date its making
    /// (the pattern: "take effect" and "into force" tell a later stage of a document). The phrase stands between the reference
    /// and a date after it, or just after the reference for a date before it.
    /// </summary>
    private static bool DatesTakingEffect(List<Token> tokens, DateExpression d, int nameEnd)
    {
        var (from, to) = d.TokenStart >= nameEnd ? (nameEnd, d.TokenStart) : (nameEnd, Math.Min(tokens.Count, nameEnd + 5));
        for (var k = Math.Max(from, 1); k < to; k++)
            if (tokens[k].Lower == "effect" && tokens[k - 1].Lower is "take" or "takes" or "took" or "taken" or "taking"
                || tokens[k].Lower == "force" && tokens[k - 1].Lower == "into")
                return true;
        return false;
    }

    /// <summary>
    /// A making verb in the reference's clause: before it, whatever stands between ("signed a protocol to their agreement"
    /// makes the protocol, in the clause's time); after it, only up to another document, whose verb it would be.
    /// </summary>
    private static bool MakingVerbInClause(List<Token> tokens, int start, int nameEnd)
    {
        for (var k = start - 1; k >= 0 && !IsOpener(tokens[k]) && !OpensCoordinateClause(tokens, k); k--)
            if (MakingVerbs.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k)) return true;
        for (var k = nameEnd; k < tokens.Count && !IsOpener(tokens[k]) && !OpensCoordinateClause(tokens, k) && !IsDocumentNoun(tokens, k); k++)
            if (MakingVerbs.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k)) return true;
        return false;
    }

    /// <summary>
    /// "agreed on Friday to send migrants back, a deal both sides hope will ...": a resolved date near a document noun tells
    /// it is a real one of a time, not a wish, though the date may not be its own (so it licenses the noun but gives no year).
    /// </summary>
    public static bool DatedNearby(List<Token> tokens, IReadOnlyList<DateExpression> dates, int noun) =>
        dates.Any(d => d.Value is not null && Math.Abs(d.TokenStart - noun) <= 25 && !IsDeadlineOrComing(tokens, d));

    /// <summary>No clause opener, coordinated clause, other document or making verb between two positions.</summary>
    private static bool SameClause(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsOpener(tokens[k]) || OpensCoordinateClause(tokens, k) || IsDocumentNoun(tokens, k) || MakingVerbs.Contains(tokens[k].Text) || SigningVerb.IsAt(tokens, k))
                return false;
        return true;
    }

    private static readonly FrozenSet<string> YearDeterminers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "a", "its", "their", "his", "her", "this", "that", "'s", "’s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "to adopt an electoral law based on the 1960 law": a year (or date) between a determiner and a lower-case noun other
    /// than a document's names which thing is meant, not when the sentence's events happen or its document was made (the
    /// pattern: an attributive year qualifies its noun; "in 1960" sets a time).
    /// </summary>
    internal static bool QualifiesAnotherNoun(List<Token> tokens, int start, int end) =>
        start >= 1 && end < tokens.Count && YearDeterminers.Contains(tokens[start - 1].Text) && tokens[end].IsWord && !tokens[end].IsCapitalized
        && AgreementKinds.KindOf(tokens[end].Lower, tokens[end - 1].Lower) is null
        // "endorsed at their 2019 retreat": a gathering's year is when what it issued was made.
        && !GatheringNouns.Contains(tokens[end].Text);

    /// <summary>"the Blue Line of 2000", "the revolution of 1979": a date joined by "of" to a noun outside the reference is that noun's.</summary>
    private static bool OwnedByAnotherNoun(List<Token> tokens, DateExpression d, int nameEnd) =>
        d.TokenStart != nameEnd && d.TokenStart != nameEnd + 1 && (tokens[d.TokenStart].Lower == "of" || d.TokenStart >= 1 && tokens[d.TokenStart - 1].Lower == "of");

    /// <summary>The first date or bare year after a making verb, within its clause (a place phrase may come first).</summary>
    private static int? DateAfter(List<Token> tokens, IReadOnlyList<DateExpression> dates, int verb, int limit = int.MaxValue)
    {
        var end = verb + 1;
        while (end < tokens.Count && end < limit && end <= verb + 18 && (!IsOpener(tokens[end]) || DemonstrativeTime(tokens, end)) && !OpensCoordinateClause(tokens, end) && !IsDocumentNoun(tokens, end)) end++;
        var dated = dates.Where(d => d.Value is not null && d.TokenStart > verb && d.TokenStart < end && !IsDeadlineOrComing(tokens, d) && !NamesAnotherDocument(tokens, d.TokenEnd) && !QualifiesAnotherNoun(tokens, d.TokenStart, d.TokenEnd))
            .OrderBy(d => d.TokenStart).FirstOrDefault();
        if (dated is not null) return YearOf(dated);
        // "endorsed at their 2019 retreat": a bare year in the making clause.
        for (var k = verb + 1; k < end; k++)
            // "concluded in 1713": an old year only after a preposition of time, never a bare number (see OldYear).
            if (OldYear.Told(tokens, k) is { } y && !dates.Any(d => d.TokenStart <= k && k < d.TokenEnd) && !NamesAnotherDocument(tokens, k + 1) && !QualifiesAnotherNoun(tokens, k, k + 1)) return y;
        return null;
    }

    /// <summary>
    /// "signed a framework on the corridor, the project announced in Delhi last September": a "the" opening a phrase after a
    /// comma that follows the name sets another noun beside the document (an appositive), not the subject of a relative
    /// clause without a pronoun, which follows its noun with no comma (the pattern: "N, the X verbed in Y" dates X).
    /// </summary>
    private static bool AppositiveAfterAComma(List<Token> tokens, int nameEnd, int k) =>
        tokens[k].Lower == "the" && Enumerable.Range(nameEnd, k - nameEnd).Any(j => tokens[j].Text == ",");

    /// <summary>
    /// "The declaration, adopted at the council, reaffirms the 1963 Elysee Treaty": a year that opens another document's name
    /// (a few name words, then the document noun) is that document's, not the date of the making clause it trails into
    /// (the pattern: a name that carries its year keeps it).
    /// </summary>
    private static bool NamesAnotherDocument(List<Token> tokens, int after)
    {
        for (var k = after; k < tokens.Count && k <= after + 3 && tokens[k].IsWord; k++)
            if (IsDocumentNoun(tokens, k)) return true;
        return false;
    }

    /// <summary>Units an offset counts in: "eight months after", "two years before".</summary>
    private static readonly FrozenSet<string> TimeUnits = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts before a unit of time: digits, number words, "a few", "several".</summary>
    private static readonly FrozenSet<string> CountWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "eighteen", "twenty", "thirty",
          "few", "several", "some", "many" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "That raid, in May 1990, came six months after the rebels had signed the accord": a date and a making verb with an
    /// offset between them ("six months after", "two years before") are apart by that offset, so the date is the anchor the
    /// offset counts from, not the making's own, and its year may not be the document's (the pattern: "N units after X"
    /// moves the time off X). True when such an offset stands between the two positions.
    /// </summary>
    private static bool CountedFrom(List<Token> tokens, int from, int to) => OffsetAt(tokens, from, to) >= 0;

    /// <summary>
    /// The position of the count of an offset ("eight" of "eight months after") between two positions, or -1. The offset must
    /// run on to the second position with no comma: "On 3 May 1990, six years before today's signing, they signed" sets the
    /// date apart from another event in an aside, and the making is still of the date.
    /// </summary>
    private static int OffsetAt(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 0); k + 2 < to && k + 2 < tokens.Count; k++)
            if (TimeUnits.Contains(tokens[k + 1].Text) && tokens[k + 2].Lower is "after" or "before" or "earlier" or "later"
                && (CountWords.Contains(tokens[k].Text) || tokens[k].Text.All(char.IsDigit)))
                return Enumerable.Range(k + 3, Math.Max(0, to - k - 3)).Any(j => tokens[j].Text == ",") ? -1 : k;
        return -1;
    }

    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>
    /// The year of the making when an anchor date and an offset of whole months or years are told ("in April 1994, came eight
    /// months after ... had signed": August 1993): the anchor moved by the count, back when the anchor's event came after the
    /// making, forward when before. Null for a count not told as a number ("several months") or days and weeks.
    /// </summary>
    private static int? ShiftedYear(List<Token> tokens, DateExpression anchor, int from, int to, bool anchorFirst)
    {
        var k = OffsetAt(tokens, from, to);
        if (k < 0) return null;
        var w = tokens[k].Lower;
        int? count = w is "a" or "an" ? 1 : Array.IndexOf(Numbers, w) is var i and > 0 ? i : int.TryParse(w, out var n) ? n : null;
        if (count is not { } c) return null;
        var months = tokens[k + 1].Lower.StartsWith("month", StringComparison.Ordinal) ? c : tokens[k + 1].Lower.StartsWith("year", StringComparison.Ordinal) ? 12 * c : -1;
        if (months < 0 || anchor.Value is not { Length: >= 7 } v || !int.TryParse(v[..4], out var year) || !int.TryParse(v[5..7], out var month)) return null;
        var word = tokens[k + 2].Lower;
        // Anchor told first: "came N after" (the making) is N before it; "N later" / "came N before" is N after it. Told after: "signed N before" it.
        var sign = anchorFirst ? (word is "after" or "earlier" ? -1 : 1) : (word == "before" ? -1 : word == "after" ? 1 : 0);
        if (sign == 0) return null;
        var total = year * 12 + (month - 1) + sign * months;
        return total / 12;
    }

    /// <summary>"first", "originally", "formally": an adverb of time or manner between an auxiliary and its participle.</summary>
    private static bool IsPassiveAdverb(Token t) =>
        t.IsWord && !t.IsCapitalized && (t.Lower is "first" or "later" or "then" or "once" or "also" or "finally" || t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>Base forms of the verbs that make a document: "agreed to adopt the framework" still makes it.</summary>
    private static readonly FrozenSet<string> BaseMakingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "sign", "conclude", "agree", "reach", "strike", "ink", "adopt", "seal", "ratify", "endorse", "issue", "initial",
          "announce", "launch", "unveil", "release", "establish", "create", "finalize", "finalise", "approve", "set", "draft", "negotiate" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "to" that make it a preposition ("agreed to a ceasefire"), not the mark of an infinitive.</summary>
    private static readonly FrozenSet<string> NounOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each", "both", "all", "any" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Both delegations agreed to convene once more in Quito in 2019, to assess how the charter works": a making verb
    /// followed by an infinitive of another act ("agreed to meet", "signed up to review") governs that act, so the date of
    /// its clause is not the document's (the pattern: the document is the object of the nearer verb). "agreed to adopt the
    /// framework" and "agreed to a ceasefire" still make it.
    /// </summary>
    private static bool InfinitiveOfAnotherAct(List<Token> tokens, int verb, int start) =>
        verb + 2 < start && tokens[verb + 1].Lower == "to" && tokens[verb + 2].IsWord && !tokens[verb + 2].IsCapitalized
        && !NounOpeners.Contains(tokens[verb + 2].Text) && !BaseMakingVerbs.Contains(tokens[verb + 2].Text);

    /// <summary>
    /// "signed an agreement ... putting a draft constitution, written in 1981, before parliament", "signed a framework on the
    /// corridor, the project announced in Delhi last September": a past participle after another noun, opening its own
    /// phrase ("written in", "announced at"), is a reduced relative clause of that noun, and a date past it dates that noun's
    /// making, not the document's (the pattern: a participle's date belongs to the noun it follows).
    /// </summary>
    private static bool ReducedRelativeOfAnotherNoun(List<Token> tokens, int k, int nameEnd)
    {
        if (k <= nameEnd || k + 1 >= tokens.Count || !tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Text.Length < 5) return false;
        var w = tokens[k].Lower;
        if (!(w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal))) return false;
        if (tokens[k + 1].Lower is not ("in" or "on" or "at" or "by" or "during" or "last" or "earlier" or "under")) return false;
        var before = tokens[k - 1];
        return before.Text == "," && k >= 2 && tokens[k - 2].IsWord && !tokens[k - 2].IsCapitalized && !tokens[k - 2].Lower.EndsWith("ly", StringComparison.Ordinal)
               || before.IsWord && !before.IsCapitalized && before.Lower is not ("and" or "or" or "but" or "was" or "were" or "is" or "are" or "be" or "been" or "being" or "had" or "has" or "have" or "not" or "then" or "also" or "jointly" or "formally")
                  && !before.Lower.EndsWith("ly", StringComparison.Ordinal) && !before.Lower.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "which Varga and his predecessor, Imre Szabo, signed": a comma opening one to four capitalised words closed by
    /// another comma sets a name in apposition inside a clause's subject. Returns the closing comma's index, or -1.
    /// </summary>
    private static int AppositiveNameAt(List<Token> tokens, int comma)
    {
        if (comma < 1 || tokens[comma - 1].IsCapitalized && tokens[comma - 1].IsWord) return -1;
        for (var j = comma + 1; j < tokens.Count && j <= comma + 5; j++)
        {
            if (tokens[j].Text == ",") return j > comma + 1 ? j : -1;
            if (!(tokens[j].IsWord && tokens[j].IsCapitalized || tokens[j].Text == ".")) return -1;
        }
        return -1;
    }

    /// <summary>"Turkey, Sweden and Finland": a comma between two capitalised names is a list's, not a clause's.</summary>
    private static bool JoinsNames(List<Token> tokens, int comma) =>
        comma >= 1 && comma + 1 < tokens.Count && tokens[comma - 1].IsWord && tokens[comma - 1].IsCapitalized
        && tokens[comma + 1].IsWord && tokens[comma + 1].IsCapitalized;

    /// <summary>Gerunds of the verbs that make a document.</summary>
    private static readonly FrozenSet<string> MakingGerunds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signing", "concluding", "adopting", "inking", "ratifying", "sealing", "initialling", "initialing", "issuing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Ostrava replied by signing its own treaty with Veloria that November": a making gerund after a past verb and "by"
    /// tells how that past act was done, so it makes the document in that clause's time (the pattern: "answered by signing",
    /// "marked the day by adopting" report a making as the past verb does).
    /// </summary>
    private static bool MakingGerundOfMeans(List<Token> tokens, int v) =>
        v >= 2 && tokens[v - 1].Lower == "by" && MakingGerunds.Contains(tokens[v].Text)
        && tokens[v - 2].IsWord && !tokens[v - 2].IsCapitalized && tokens[v - 2].Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>Words of a time "that" may point back to: "that November", "that spring", "that year".</summary>
    private static readonly FrozenSet<string> TimeNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
          "spring", "summer", "autumn", "fall", "winter", "year", "month", "week", "day", "morning", "afternoon", "evening", "night" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "signed a treaty with Togo in Lomé that November": "that" before a month, season or unit of time points back to a
    /// time already told and ends no clause (the pattern: a demonstrative of time is a date phrase of the clause it stands in).
    /// </summary>
    private static bool DemonstrativeTime(List<Token> tokens, int k) =>
        tokens[k].Lower == "that" && k + 1 < tokens.Count && TimeNouns.Contains(tokens[k + 1].Text)
        // "a pact that may lapse": a month name is capitalised.
        && (tokens[k + 1].IsCapitalized || tokens[k + 1].Lower is not ("march" or "may"))
        && (k + 2 >= tokens.Count || !tokens[k + 2].IsWord || tokens[k + 2].IsCapitalized || tokens[k + 2].Lower is "and" or "in" or "at" or "on" or "after" or "before" or "when");

    private static bool IsOpener(Token t) => ClauseOpeners.Contains(t.Text) || t.Text is "—" or "–";

    private static bool OpensCoordinateClause(List<Token> tokens, int k) =>
        tokens[k].Text == "," && k + 1 < tokens.Count && Coordinators.Contains(tokens[k + 1].Text);

    private static bool IsDocumentNoun(List<Token> tokens, int k) => AgreementKinds.KindOf(tokens[k].Lower, k > 0 ? tokens[k - 1].Lower : null) is not null && tokens[k].Lower is not ("partnership" or "text" or "plan" or "document");

    /// <summary>"until 2038", "by October 15", "next year": when something ends, is due or is still to come, not when a document was made.</summary>
    private static bool IsDeadlineOrComing(List<Token> tokens, DateExpression d) =>
        d.TokenStart >= 1 && tokens[d.TokenStart - 1].Lower is "by" or "until" or "before"
        || DeadlineAtAPartOf(tokens, d.TokenStart)
        || d.Text.StartsWith("until", StringComparison.OrdinalIgnoreCase) || d.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase)
        || d.Text.Split(' ').Any(w => w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("coming", StringComparison.OrdinalIgnoreCase))
        || d.Text.StartsWith("later this", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "to open the new bridge by the end of 1994", "until the middle of next year": a deadline word before a part of a
    /// period ("the end of", "the start of") bounds the time as "by 1994" does (the pattern: a deadline may name a part of
    /// its period). The date may begin at "of" or just after it.
    /// </summary>
    internal static bool DeadlineAtAPartOf(List<Token> tokens, int dateStart)
    {
        var of = tokens[dateStart].Lower == "of" ? dateStart : dateStart - 1;
        if (of < 3 || tokens[of].Lower != "of") return false;
        return tokens[of - 1].Lower is "end" or "start" or "beginning" or "middle" or "close" && tokens[of - 2].Lower == "the"
               && tokens[of - 3].Lower is "by" or "until" or "till" or "before";
    }

    /// <summary>A year in or next to a document's name: from 1500 on ("the 1494 treaty", "the Velmora Accord of 1589"; see <see cref="OldYear"/>).</summary>
    private static int? YearToken(Token t) => OldYear.InName(t);

    private static int YearOf(DateExpression d) => int.Parse(d.Value![..4]);
}
