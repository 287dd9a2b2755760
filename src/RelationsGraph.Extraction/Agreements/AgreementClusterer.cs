using RelationsGraph.Extraction.Meetings;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Groups agreement references into agreements. A year or a title identifies one; a reference
/// in a sentence that reports a meeting is what that meeting produced; "the"/"this" references
/// point back to the latest agreement of the same family not already named in the sentence.
/// </summary>
internal static class AgreementClusterer
{
    /// <param name="mentions">All references, in text order.</param>
    /// <param name="meetingOf">The held diplomatic meeting a sentence reports, if any.</param>
    /// <param name="summitOf">The summit under discussion that a declaration concluded apart from any meeting noun comes out of, if any.</param>
    /// <param name="storyYear">The year the story is set in, if known.</param>
    /// <param name="shortOwners">A title with each organisation's name written as its shortest name in the story (see <see cref="TitleWordsWithin"/>).</param>
    public static List<Agreement> Cluster(IReadOnlyList<AgreementMention> mentions, Func<Sentence, Meeting?> meetingOf,
        Func<AgreementMention, Meeting?>? summitOf = null, int? storyYear = null, Func<string, string>? shortOwners = null)
    {
        var agreements = new List<Agreement>();
        foreach (var sentenceGroup in mentions.GroupBy(m => m.Sentence.Index))
        {
            var usedHere = new List<(AgreementMention Mention, Agreement Agreement)>();
            // References with a year or title are the firmest; resolve them first.
            // A renaming ("..., is already called the X") goes after the document it renames, whatever its title.
            foreach (var m in sentenceGroup.OrderBy(m => m.RenamesAnother).ThenByDescending(m => m.Year is not null || m.Title is not null))
            {
                var used = usedHere.Select(u => u.Agreement).ToHashSet();
                var meeting = m.Upheld || m.Recalled || m.NotMade || m.ActedOn ? null
                    : AdoptedByTheGathering.OfTheSentence(m, meetingOf(m.Sentence), summitOf) ?? (IsConcludedDeclaration(m) ? summitOf?.Invoke(m) : null);
                if (meeting?.Date is { } meetingDate && m.Year is { } y && !meetingDate.StartsWith(y.ToString(), StringComparison.Ordinal)) meeting = null;
                if (meeting is not null && YearOnlyInALaterClause(m, meeting, storyYear))
                {
                    m.LaterClausesMeeting = meeting.Id;
                    meeting = null;
                }
                var family = AgreementKinds.Family(m.Kind);
                // "the Egypt-Israel peace treaty, signed at Camp David in 1979" met for the first time: with nothing of its
                // kind to point back to, the definite reference names a document of its own, dated by its sentence.
                // "both countries pledged to sign that agreement this year": a demonstrative always points back, so a date in its
                // clause is of another act and does not make it a document of its own.
                var datedByItsSentence = false;
                if (m.Definite && m.NearbyYear is { } nearby && (!agreements.Any(a => a.Family == family && !used.Contains(a)) || RecalledUnderItsName.Of(m, nearby, storyYear, agreements, ProperModifiers(m), meetingOf)) && !IsDemonstrative(m))
                {
                    m.Year = nearby;
                    m.Definite = false;
                    datedByItsSentence = true;
                }
                Agreement? target;
                // The meeting that made the document a described one was told apart from: the same occasion made both.
                Meeting? occasion = null;
                if (m.RenamesAnother && LastNamed(agreements, m) is { } named && !DatedApart(m, named, storyYear))
                {
                    target = named;
                    // "The Papua New Guinea-Australia Mutual Defence Treaty, known as the Pukpuk Treaty": when the other name is
                    // one the article already used, the two titles name one document (the pattern: a naming phrase joins two names).
                    if (m.Title is not null && agreements.FirstOrDefault(a => a != named && a.Title is not null && NameKey.Of(a.Title) == NameKey.Of(m.Title)) is { } known
                        && (known.Year is null || named.Year is null || known.Year == named.Year))
                    {
                        var (keep, drop) = agreements.IndexOf(known) < agreements.IndexOf(named) ? (known, named) : (named, known);
                        Merge(keep, drop, agreements);
                        for (var u = 0; u < usedHere.Count; u++)
                            if (usedHere[u].Agreement == drop) usedHere[u] = (usedHere[u].Mention, keep);
                        target = keep;
                    }
                }
                // "signed an agreement on X on Monday, completing a deal brokered by Y": see RestatedByParticiple.
                else if (RestatedByParticiple.Of(m, usedHere) is { } restated)
                    target = restated;
                // "their previous signed agreement is the 1972 Fisheries Treaty": see CopulaIdentity.
                else if (CopulaIdentity.Of(m, usedHere) is { } identified)
                    target = identified;
                // "lifted relations to a strategic partnership" ... "signed the document raising ties to a strategic partnership": see PartnershipTier.
                else if (PartnershipTier.Again(agreements, used, m) is { } tier)
                    target = tier;
                else if (m.Title is not null)
                    // "the Columbia River Treaty, signed in 1961" after "a modernised Columbia River Treaty" of this year: one title
                    // with two years of its own names two documents (the pattern: a recalled document keeps the year its words give).
                    target = agreements.FirstOrDefault(a => a.Title is not null && NameKey.Of(a.Title) == NameKey.Of(m.Title) && !OwnYearDiffers(a, m))
                             ?? agreements.FirstOrDefault(a => a.Title is not null && YearFits(a, m, storyYear) && OtherGeneralNoun(a.Title, m.Title))
                             // "the North American Free Trade Agreement (NAFTA)": a known acronym and the title it spells are one document.
                             ?? agreements.FirstOrDefault(a => a.Title is not null && YearFits(a, m, storyYear) && SpellsOut(a.Title, m.Title))
                             ?? (m.Acronym is { } acronym ? agreements.FirstOrDefault(a => GlossedAs(a, acronym) || a.Mentions.Any(x => x.Acronym is null && TreatyAcronyms.SpelledIn(acronym, x.Sentence.Tokens))) : null)
                             ?? agreements.FirstOrDefault(a => a.Title is not null && YearFits(a, m, storyYear) && ExtendsTitle(a.Title, m.Title))
                             ?? agreements.FirstOrDefault(a => a.Title is not null && YearFits(a, m, storyYear) && QualifiedTitle(a.Title, m.Title))
                             // "the Marlow-Tessin Friendship Treaty", then "the Friendship Treaty": see TitleWithoutItsPrefix.
                             ?? agreements.FirstOrDefault(a => a.Title is not null && YearFits(a, m, storyYear) && TitleWithoutItsPrefix.Names(a.Title, m.Title))
                             // "the Lisbon ocean declaration", then "the Lisbon Ocean Declaration on Blue Growth": see TitleWordsWithin.
                             ?? (m.SetApart ? null : agreements.FirstOrDefault(a => YearFits(a, m, storyYear) && TitleWordsWithin.Names(a, m, shortOwners)))
                             // "The Boe Declaration builds on the Biketawa Declaration ... in 2000": a document that already has
                             // another title is another document, whatever year they share (the pattern: two titles, two documents,
                             // unless a naming phrase joins them, handled above).
                             // "The text builds on the Agreement on X that A and B signed five days earlier": a titled document the
                             // sentence upholds is an earlier one, not the untitled document of the same year told before.
                             ?? (m.Upheld ? null : agreements.FirstOrDefault(a => a.Family == family && a.Title is null && a.Year is not null && a.Year == m.Year && !SameCountedSetAgain.IsASet(a)))
                             ?? HeadlineDocumentNamed(agreements, used, m, storyYear)
                             // "A deal struck in 1990" as a subhead, then "... the Joint Declaration on X, signed in 1990": see SubheadAnnounced.
                             ?? SubheadAnnounced.Of(agreements, used, m, GeneralNouns.Contains, ClosesASentence)
                             ?? SubjectNamedBefore(agreements, used, m)
                             ?? UnnamedSoFar(agreements, used, m, family, storyYear);
                // "Energy agreement signed" as a section heading: the document the story already told (see HeadingDocument).
                else if (HeadingDocument(agreements, used, m) is { } headed)
                    target = headed;
                // "A separate memorandum ...", "another agreement ...": a reference marked as distinct starts a document of its own.
                // a package counted again in a later sentence is the same one: see SameCountedSetAgain.
                else if (m.SetApart && SameCountedSetAgain.Of(agreements, used, m) is { } again)
                    target = again;
                else if (m.SetApart)
                    target = null;
                else if (m.Year is not null)
                    // "a treaty on coastal patrols" and "the 1972 fishing ban treaty": see DescribedOtherwise, for an untitled document of the
                    // same year too (a title is a name, not a description, so "the power-sharing deal" may still be "the Lindau Accords").
                    // "the Treaty of Varnholm", then "The Varnholm agreement, concluded in 1712": see PlaceWordOfATitledDocument.
                    target = PlaceWordOfATitledDocument.Of(agreements, used, m)
                             // "... signed an accord at the lodge. In May, at a summit, nine states signed a protocol": see MadeAtAnotherGathering.
                             ?? agreements.FirstOrDefault(a => a.Family == family && a.Year == m.Year && !(a.Title is null && DescribedOtherwise.Apart(a, m)) && !MadeAtAnotherGathering.Apart(a, m, meeting) && !SameCountedSetAgain.IsASet(a))
                             ?? SettlementOfTheYear(agreements, used, m)
                             ?? agreements.LastOrDefault(a => a.Family == family && a.Year is null && (a.ProducedBy is null || a.ProducedBy == meeting && a.Mentions.All(x => IsHeadline(x.Sentence))) && !used.Contains(a)
                                                               && IsMemorandum(a.Mentions[0]) == IsMemorandum(m) && DatedNameFits(a, m, storyYear))
                             ?? SameSignersUndated(agreements, used, m, family)
                             ?? HeadlineDocumentRestated(agreements, used, m, storyYear);
                // Each item of a signed list is a document of its own: "MoU on judicial training;" then "MoU on sports.".
                else if (m.ListItem)
                    target = null;
                else if (meeting is not null && !m.Definite)
                    target = agreements.FirstOrDefault(a => a.Family == family && a.ProducedBy == meeting && a.Kind == m.Kind && !used.Contains(a) && SameSubject(a, m) && !SameCountedSetAgain.IsASet(a))
                             ?? agreements.FirstOrDefault(a => a.Family == family && a.Year is null && a.Title is null && a.Mentions.All(x => IsHeadline(x.Sentence)))
                             ?? HeadlineDocumentRestated(agreements, used, m, storyYear);
                // "the treaty establishing the Velorian Economic Union": described by what it founds, a document of its own unless
                // told so before (see FoundingParticiple).
                else if (m.Definite && FoundingParticiple.Opens(m.Topic))
                    target = FoundingParticiple.Antecedent(agreements, m);
                else if (m.Definite)
                {
                    // "the pact" means the agreement the article is about, not the last one it happened to recall.
                    target = NamedByModifier(agreements, used, m) ?? SharedModifier.Select(agreements, used, m) ?? (IsDemonstrative(m)
                        ? DemonstrativeAntecedent(agreements, used, m, family) ?? agreements.LastOrDefault(a => !used.Contains(a) && a.Mentions.Count > 0)
                        // "signed a Declaration of Principles ... The document was signed by X": the neutral noun names a declaration as well as a settlement.
                        : agreements.Where(a => (a.Family == family || NamesAnySettlement(m) && IsSettlement(a.Family) || m.Kind == "document" && a.Family == "declaration") && !used.Contains(a))
                            // ... and what the story reports made, not what it only plans ("committing both sides to talks on a peace agreement").
                            .OrderByDescending(a => m.Kind == "document" && MadeNow(a)).ThenByDescending(a => a.Mentions.Count).ThenByDescending(agreements.IndexOf).FirstOrDefault());
                    // "the deal", "the accord", "the document" after a declaration was named: one document under several names.
                    // "the agriculture memorandum" first met, after a declaration: a memorandum described by its subject is a document
                    // of its own, never the declaration or deal it serves (the pattern: a described memorandum exists).
                    // "the truce that the two militias signed in May", with no truce told before: its clause names a document of its own.
                    target ??= DescribedMemorandum(m) || m.MadeInItsClause ? null : Principal(agreements, used, storyYear);
                    // "Under the agreement, ... listed in the Treaty": see BareNounOfItsSentencesDocument.
                    target ??= BareNounOfItsSentencesDocument.Of(m, usedHere);
                    // "their final communique" after only a charter was told: a statement is no charter (see StatementIsNoCharter).
                    if (target is not null && target.Family != family && StatementIsNoCharter.Apart(m, target)) target = null;
                    // "the agreement on security arrangements", signed by others than the referent's signers: another document.
                    if (target is not null && DescribedWithOtherSigners.Apart(m, target))
                    {
                        m.DescribedApart = true;
                        occasion = target.ProducedBy;
                        target = null;
                    }
                    // "endorsed the final text on ...", first met: a described text is the paper of a document told before, never a
                    // document of its own (see DescribedText), so with none told before it names nothing yet.
                    if (target is null && !m.DescribedApart && m.Kind == "document" && m.TokenEnd >= 1 && DescribedText.At(m.Sentence.Tokens, m.TokenEnd - 1)) continue;
                    // "X and Y signed the accord in Lome": a definite document first met where it is signed is new, not a reference back.
                    // "the partial agreement on the promotion of political rights", first met: a topic makes a definite
                    // reference specific enough to name a document of its own (the pattern: a described document exists).
                    if (target is null && !m.DescribedApart && !AgreementKinds.StandsAlone(m.Kind) && !(m.Concluded && SignsHere(m))
                        && !(m.Kind != "document" && m.Topic is { } topic && topic.StartsWith("on ", StringComparison.OrdinalIgnoreCase)) && !FoundingParticiple.Opens(m.Topic) && !DescribedMemorandum(m) && !m.MadeInItsClause) continue;
                }
                // "Saudi Arabia and Iran restore ties in China-brokered deal" then "... reached an agreement": the body's first
                // concluded reference is the headline's document told again (the pattern: a headline restates the lead).
                else if (m.Concluded && !m.Upheld && !m.Recalled && !m.NotMade)
                    target = agreements.FirstOrDefault(a => a.Family == family && a.Year is null && a.Title is null && !used.Contains(a) && a.Mentions.All(x => IsHeadline(x.Sentence))
                                                            && IsMemorandum(a.Mentions[0]) == IsMemorandum(m))
                             ?? HeadlineDocumentRestated(agreements, used, m, storyYear);
                else target = null; // "a key joint declaration issued ... years ago": a new one
                // "signed a memorandum in 2024 ... the 1998 treaty": two years of making, two documents (see YearsApart).
                if (target is not null && YearsApart.Of(target, m))
                    target = null;
                // "Ministers sign Velmora memorandum", then "the Velmora Memorandum on ...": see HeadlineNameOpensTitle.
                if (HeadlineNameOpensTitle.Of(agreements, used, m, target, IsHeadline, storyYear) is { } headlined)
                {
                    if (target is not null)
                    {
                        Merge(headlined, target, agreements);
                        for (var u = 0; u < usedHere.Count; u++)
                            if (usedHere[u].Agreement == target) usedHere[u] = (usedHere[u].Mention, headlined);
                    }
                    target = headlined;
                }
                if (target is null)
                {
                    target = new Agreement();
                    agreements.Add(target);
                }
                target.Absorb(m);
                if (occasion is not null && meeting is null && target.ProducedBy is null)
                {
                    target.ProducedBy = occasion;
                    target.ProducedEvidence = m.Sentence;
                }
                // "X and Y signed the pact in Manila": a definite reference the sentence concludes still comes out of that meeting.
                // "A met B on Monday, the first time they had met since C walked away from the gas deal in March": a
                // definite document met for the first time and dated by its sentence is one the story recalls, not one it reports
                // made; the meeting that sentence tells makes it only where the sentence concludes it (the pattern: "the" before an
                // unmet document presumes it known, so it was made before, unless the sentence itself makes it).
                var madeHere = datedByItsSentence ? m.Concluded : !m.Definite;
                if (meeting is not null && target.ProducedBy is null && (madeHere || m.Title is not null && (m.Concluded || !m.Definite) || m.Concluded && SignsHere(m)))
                {
                    target.ProducedBy = meeting;
                    target.ProducedEvidence = m.Sentence;
                }
                usedHere.Add((m, target));
            }
            LinkReaffirmations(usedHere);
        }
        // "raised ties to a comprehensive strategic partnership" and "the Joint Statement on Elevating ... to a Comprehensive
        // Strategic Partnership": the statement named after the tier is its text (see PartnershipTier).
        PartnershipTier.NamedByItsStatement(agreements);
        return agreements;
    }

    /// <summary>
    /// "its Protocol of 2011" after "the Land Boundary Agreement", "the 1976 agreement" after "the Vision Document", "an
    /// earlier treaty signed in 2007" after the treaty signed today: a dated reference names an undated document again only
    /// when its noun is that document's title's head, and never a document the story reports made now when the year is
    /// another than the story's (the pattern: a year told with a noun belongs to that noun's document, not to the latest one).
    /// </summary>
    private static bool DatedNameFits(Agreement undated, AgreementMention dated, int? storyYear)
    {
        if (undated.Title is { } title && !title.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => SameHead(w, Head(dated)))) return false;
        // "the Ohrid Framework Agreement" then "the Dayton agreement of 1995": a name of its own before the noun, absent from
        // the undated document's title, names another document (the pattern: a proper modifier identifies the document).
        if (undated.Title is { } named && ProperModifiers(dated).Any(w => !named.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Contains(w, StringComparer.OrdinalIgnoreCase))) return false;
        // "signed a treaty creating the community" told in the lead, then "an older body, born of a treaty signed at Velo in 1961": in a
        // story that gives no year of its own, an indefinite dated reference made after the body already told a making is
        // another document (the pattern: "a" introduces a document not yet told; the year is that one's).
        if (storyYear is null && !dated.Definite && undated.Mentions.Any(x => x.Concluded && !x.Recalled && !IsHeadline(x.Sentence))) return false;
        // "a treaty on the limitation of coastal patrols", then "the partial fishing ban treaty of 1958": see DescribedOtherwise.
        if (DescribedOtherwise.Apart(undated, dated)) return false;
        return !(MadeNow(undated) && storyYear is not null && dated.Year != storyYear);
    }

    /// <summary>
    /// "signed the Kensington Treaty ... the deal covers defence": a definite general noun (the deal, the agreement, the
    /// accord, the pact, the document, the text) names the settlement the story is about, whether its title calls it a
    /// treaty or an agreement (the pattern: a reporter varies the noun, not the document).
    /// </summary>
    private static bool NamesAnySettlement(AgreementMention m) => GeneralNouns.Contains(Head(m)) || m.Kind == "document";

    private static bool IsSettlement(string family) => family is "agreement" or "treaty";

    /// <summary>
    /// "signed the Treaty of X on Thursday ... the accord signed on Thursday": a definite general noun of settlement (accord, deal,
    /// pact, agreement) dated to the year of the one treaty or agreement the story has of that year is that document under another
    /// noun (the pattern: a reporter varies the noun, not the document). With two of that year, which is meant stays open.
    /// </summary>
    private static Agreement? SettlementOfTheYear(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m)
    {
        // A dated reference is no longer marked definite: the bare phrase "the accord" itself says it points back.
        if (m.Title is not null || m.SetApart || m.Year is null || !GeneralNouns.Contains(Head(m))
            || m.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [var the, _] || !the.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var same = agreements.Where(a => IsSettlement(a.Family) && a.Year == m.Year && !used.Contains(a)).Take(2).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    private static readonly FrozenSet<string> GeneralNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "agreement", "accord", "deal", "pact" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "signed a comprehensive peace deal" and "the Juba Peace Agreement": the general nouns of a settlement are one another's
    /// synonyms in news prose, so either heads the same title (the pattern: a reporter varies the noun, not the document).
    /// A protocol, memorandum or declaration keeps its own noun.
    /// </summary>
    private static bool SameHead(string titleWord, string head) =>
        string.Equals(titleWord, head, StringComparison.OrdinalIgnoreCase) || GeneralNouns.Contains(titleWord) && GeneralNouns.Contains(head);

    /// <summary>
    /// "Qatari officials call it the Doha Agreement; Lebanese papers speak of the Doha Accord": two titles that differ only in
    /// their general noun (agreement, accord, deal, pact) name one document (the pattern: a reporter varies the noun, the
    /// name stays). A protocol or a declaration of the same name keeps its own noun.
    /// </summary>
    private static bool OtherGeneralNoun(string a, string b)
    {
        static string[] Words(string t) => t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToArray();
        var (x, y) = (Words(a), Words(b));
        return x.Length >= 2 && x.Length == y.Length && GeneralNouns.Contains(x[^1]) && GeneralNouns.Contains(y[^1])
               && x[..^1].SequenceEqual(y[..^1], StringComparer.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string> LaterClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "that", "which", "when", "where", "who", "since", "after" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Boluarte and Xi issued a joint statement on the partnership that the two countries established in 2013, when Humala
    /// visited Beijing": the sentence's meeting of another year than the story's is told in a clause after the document,
    /// opened by a relative or a time word, so it is what the topic recalls, not where the undated document was made (the
    /// pattern: a subordinate clause after the object tells another time).
    /// </summary>
    private static bool YearOnlyInALaterClause(AgreementMention m, Meeting meeting, int? storyYear)
    {
        if (m.Year is not null || storyYear is null || meeting.Date is not { Length: >= 4 } date || date.StartsWith(storyYear.Value.ToString("D4"), StringComparison.Ordinal)) return false;
        var tokens = m.Sentence.Tokens;
        var years = Enumerable.Range(0, tokens.Count).Where(k => tokens[k].Text == date[..4]).ToList();
        if (years.Count == 0) return false;
        // "the treaty that Putin signed with X on his last visit in 2019": a clause that makes the document dates it; it is kept.
        // "the Beijing Declaration reaffirms the declaration of the previous summit in 2018": a verb of continuity after the
        // document hands what follows to the older document it upholds, as a relative clause does.
        return years.All(k => k > m.TokenEnd && Enumerable.Range(m.TokenEnd, k - m.TokenEnd).Any(j => LaterClauseOpeners.Contains(tokens[j].Text) || ContinuityVerbs.Contains(tokens[j].Text))
                              && !Enumerable.Range(m.TokenEnd, k - m.TokenEnd).Any(j => SigningVerb.IsAt(tokens, j) || MakingWords.Contains(tokens[j].Text)));
    }

    /// <summary>Verbs by which a newer document tells the older one it continues ("reaffirms", "builds on", "replaces").</summary>
    private static readonly FrozenSet<string> ContinuityVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "reaffirms", "upholds", "builds", "extends", "renews", "replaces", "supersedes", "updates", "succeeds" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MakingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "signed", "concluded", "adopted", "issued", "inked", "sealed", "agreed", "reached", "struck" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Two agreements found to be one document: <paramref name="drop"/>'s references and ties go to <paramref name="keep"/>.</summary>
    internal static void Merge(Agreement keep, Agreement drop, List<Agreement> agreements)
    {
        foreach (var m in drop.Mentions) keep.Absorb(m);
        if (keep.ProducedBy is null && drop.ProducedBy is not null)
        {
            keep.ProducedBy = drop.ProducedBy;
            keep.ProducedEvidence = drop.ProducedEvidence;
        }
        foreach (var (earlier, sentence) in drop.Reaffirms) if (earlier != keep) keep.Reaffirms.TryAdd(earlier, sentence);
        foreach (var other in agreements)
            if (other.Reaffirms.Remove(drop, out var evidence) && other != keep) other.Reaffirms.TryAdd(keep, evidence);
        agreements.Remove(drop);
    }

    /// <summary>
    /// "signed a peace agreement on Sunday ... The document, the Jeddah Peace Agreement, ...": an article often tells of a
    /// document first and names it after. A definite title with no year of its own, not recalled nor upheld, names the
    /// current document of its kind that has no title yet (the pattern: description first, name later).
    /// </summary>
    /// <remarks>"The Protocol was signed in 2011 ... the renewed Protocol on Inland Water Transit": one dated to another year than the story's is a recalled document, which a new name does not name.</remarks>
    private static Agreement? UnnamedSoFar(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m, string family, int? storyYear) =>
        !m.Definite || m.Year is not null || m.Upheld || m.Recalled ? null : agreements
            .Where(a => a.Family == family && a.Title is null && !used.Contains(a) && a.Mentions.Any(x => !x.Recalled && !x.Upheld && x.Concluded))
            .Where(a => a.Year is null || storyYear is null || a.Year == storyYear)
            // Same head noun: "a peace agreement" is named "the Jeddah Peace Agreement"; "an agreement" is not "the Protocol".
            // A settlement's general nouns are one another's synonyms: "a ceasefire accord" is named "the Ceasefire Agreement".
            .Where(a => a.Mentions.Any(x => SameHead(Head(x), Head(m))))
            // Other signers, another document: "X and Y signed the treaty ... Z and W signed the Uzbek-Tajik Treaty".
            .Where(a => m.Signatories.Count == 0 || a.Signatories.Count == 0 || m.Signatories.Any(a.Signatories.ContainsKey))
            .OrderByDescending(a => a.Mentions.Count).ThenBy(agreements.IndexOf).FirstOrDefault();

    /// <summary>"the agreement establishing the African Continental Free Trade Area (AfCFTA)": the acronym in brackets after a reference names its document.</summary>
    private static bool GlossedAs(Agreement a, string acronym) =>
        a.Mentions.Any(x => x.Sentence.Text.IndexOf("(" + acronym + ")", StringComparison.Ordinal) is var at && at > x.Sentence.Tokens[x.TokenStart].Start
                            && at - x.Sentence.Tokens[x.TokenEnd - 1].End < 120);

    private static bool SpellsOut(string a, string b) =>
        TreatyAcronyms.IsKnown(a) && TreatyAcronyms.Abbreviates(a, b) || TreatyAcronyms.IsKnown(b) && TreatyAcronyms.Abbreviates(b, a);

    /// <summary>
    /// "the Athens Declaration" and "the Athens Declaration on Friendly Relations": the longer title completes the shorter,
    /// so one document is named (the pattern: a short title is the full title's head).
    /// </summary>
    private static bool ExtendsTitle(string a, string b) => TitleTail(a, b) is { } tail && !NumbersASuccessor(tail);

    /// <summary>Whether one title is the other's with a number after it (see <see cref="NumbersASuccessor"/>): two documents.</summary>
    internal static bool SuccessorTitles(string a, string b) => TitleTail(a, b) is { } tail && NumbersASuccessor(tail);

    /// <summary>The words the longer title adds after the shorter one, when the shorter (of two words or more) opens it; else null.</summary>
    private static string? TitleTail(string a, string b)
    {
        string Key(string t) => NameKey.Of(t.StartsWith("The ", StringComparison.Ordinal) ? t[4..] : t);
        var (x, y) = (Key(a), Key(b));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Contains(' ') && longer.StartsWith(shorter + " ", StringComparison.Ordinal) ? longer[(shorter.Length + 1)..] : null;
    }

    /// <summary>
    /// "the Declaration of ASEAN Concord" and "the Declaration of ASEAN Concord II", "the Minsk Protocol" and "Minsk Protocol 2":
    /// a title that goes on with a roman or arabic number names the numbered successor, another document (the pattern: a
    /// sequel's title is its predecessor's with a number).
    /// </summary>
    internal static bool NumbersASuccessor(string rest)
    {
        var word = rest.Split(' ', 2)[0];
        return word.Length > 0 && (word.All(char.IsDigit) && word.Length <= 2 || word.Length <= 4 && word.All(c => c is 'i' or 'v' or 'x'));
    }

    /// <summary>Words a title's own subject opens with: a title that has one names its topic, not only its kind.</summary>
    private static readonly FrozenSet<string> TopicWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "for", "on", "of", "between", "concerning" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the ASEAN Framework Agreement on Digital Trade" and later "the Framework Agreement on Digital Trade": a title that is
    /// the other's tail, short of one or two leading qualifiers (the grouping or sides that own the document), names the same
    /// document (the pattern: a title drops its owner once the owner is clear). The shorter title must carry a topic of its
    /// own, so that a bare "Joint Declaration" is not taken for any grouping's declaration.
    /// </summary>
    internal static bool QualifiedTitle(string a, string b)
    {
        static string[] Words(string t) => NameKey.Of(t.StartsWith("The ", StringComparison.Ordinal) ? t[4..] : t).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (x, y) = (Words(a), Words(b));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        var extra = longer.Length - shorter.Length;
        return extra is 1 or 2 && shorter.Length >= 4 && shorter[1..^1].Any(TopicWords.Contains)
               && longer[extra..].SequenceEqual(shorter, StringComparer.Ordinal);
    }

    /// <summary>
    /// "Mitsotakis and Erdogan signed a declaration ... The two leaders signed a joint declaration on Thursday": an
    /// indefinite reference dated to the story, signed by the same people as an undated document already told, on no
    /// other topic, is that document named again (the pattern: one meeting's product reported twice). Memoranda stay apart.
    /// </summary>
    private static Agreement? SameSignersUndated(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m, string family) =>
        m.Definite || m.Signatories.Count == 0 || m.Upheld || m.Recalled ? null : agreements.LastOrDefault(a =>
            a.Family == family && a.Year is null && !used.Contains(a) && a.Signatories.Count > 0
            && m.Signatories.All(a.Signatories.ContainsKey) && (m.Topic is null || a.Topic is null || NameKey.Of(m.Topic) == NameKey.Of(a.Topic))
            && IsMemorandum(a.Mentions[0]) == IsMemorandum(m) && a.Mentions.All(x => !x.Recalled && !x.Upheld));

    /// <summary>
    /// "The Quirinal accord", "the Development Road memorandum": a definite reference whose capitalised modifier is a word
    /// of a document already named points to that document, whatever noun it uses (the pattern: a short name keeps the
    /// title's distinctive word).
    /// </summary>
    private static Agreement? NamedByModifier(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m)
    {
        var words = m.Sentence.Tokens.Skip(m.TokenStart + 1).Take(m.TokenEnd - m.TokenStart - 2)
            .Where(t => t.IsCapitalized && t.IsWord && t.Text.Length > 2 && !char.IsDigit(t.Text[0])).Select(t => t.Text).ToList();
        if (words.Count == 0) return null;
        var named = agreements.Where(a => !used.Contains(a) && a.Title is not null &&
            words.All(w => a.Title.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Contains(w, StringComparer.OrdinalIgnoreCase))).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// "Energy agreement signed", a section heading after the lead told "the Framework Agreement for Energy Cooperation": a
    /// bare reference opening a short heading line names, by its modifiers, the one document already told whose title or
    /// topic holds them all (the pattern: a subhead announces what the next paragraphs tell again, in fewer words).
    /// </summary>
    private static Agreement? HeadingDocument(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        if (m.TokenStart != 0 || m.Sentence.Index <= 2 || tokens.Count > 8 || ClosesASentence(m.Sentence.Text) || m.SetApart) return null;
        var words = tokens.Take(m.TokenEnd - 1).Where(t => t.IsWord && t.Text.Length > 2 && !char.IsDigit(t.Text[0])).Select(t => t.Lower).ToList();
        if (words.Count == 0) return null;
        var family = AgreementKinds.Family(m.Kind);
        var named = agreements.Where(a => !used.Contains(a) && a.Family == family && NameKey.Of(string.Join(" ", a.Title, a.Topic)).Split(' ') is var known
                                          && words.All(w => known.Contains(NameKey.Of(w)))).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The capitalised words between a reference's determiner and its noun ("the Dayton agreement" gives Dayton).</summary>
    private static IEnumerable<string> ProperModifiers(AgreementMention m) =>
        m.Sentence.Tokens.Skip(m.TokenStart).Take(Math.Max(0, m.TokenEnd - 1 - m.TokenStart))
            .Where(t => t.IsCapitalized && t.IsWord && t.Text.Length > 2 && !char.IsDigit(t.Text[0]) && !DeterminerWords.Contains(t.Text)).Select(t => t.Text);

    private static readonly FrozenSet<string> DeterminerWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "their", "its", "his", "her", "our", "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string Head(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower;

    /// <summary>The agreement the article is about so far: the most often named, the earliest of equals; never a recalled one when another exists.</summary>
    /// <remarks>A document dated to another year than the story's is a recalled one too ("the State Treaty of 1955").</remarks>
    private static Agreement? Principal(List<Agreement> agreements, HashSet<Agreement> used, int? storyYear) =>
        // "the partnership" after "looked on as ministers signed several deals": a vague package is no one document (see VaguelyCountedSet).
        agreements.Where(a => !used.Contains(a) && !a.Mentions.All(VaguelyCountedSet.Opens))
            .OrderBy(a => a.Mentions.All(x => x.Recalled || x.Upheld) || storyYear is not null && a.Year is not null && a.Year != storyYear ? 1 : 0)
            .ThenByDescending(a => a.Mentions.Count).ThenBy(agreements.IndexOf).FirstOrDefault();

    /// <summary>"called it the X", "the 1998 accord, also known as the Y": the document named last before the new name, in this sentence or before.</summary>
    /// <summary>
    /// "This accord is the answer to the so-called pact signed last March between A and B": a "so-called" document dated to
    /// another year than the document told before (or, for an undated one the story itself makes, than the story) is a label
    /// the speaker puts on a document of its own, not another name of that one (the pattern: one document has one year;
    /// "so-called" often tags a rival's text). An undated document only recalled or upheld may be of any year, and other
    /// naming phrases ("the 1987 treaty, as it is known") keep renaming whatever their year.
    /// </summary>
    private static bool DatedApart(AgreementMention renaming, Agreement named, int? storyYear) =>
        renaming.Year is { } y && renaming.Phrase.Contains("so-called", StringComparison.OrdinalIgnoreCase)
        && (named.Year ?? (named.Mentions.All(x => !x.Recalled && !x.Upheld) ? storyYear : null)) is { } other && y != other;

    private static Agreement? LastNamed(List<Agreement> agreements, AgreementMention renaming) =>
        DocumentToldLast.Before(agreements, DocumentToldLast.Position(renaming));

    /// <summary>
    /// "an alliance, recalling the Accord on X the two capitals concluded in 2011. Each side still honours that accord":
    /// a demonstrative with a document noun points to the latest document told before it under a noun of that family, not
    /// to whichever was resolved last (the pattern: "that treaty" skips a nearer document of another kind). "that document"
    /// names no family and takes the document told last.
    /// </summary>
    private static Agreement? DemonstrativeAntecedent(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m, string family)
    {
        var candidates = agreements.Where(a => !used.Contains(a)).ToList();
        var bound = DocumentToldLast.Position(m);
        if (m.Kind != "document" && DocumentToldLast.Before(candidates.Where(a => a.Family == family), bound) is { } sameKind) return sameKind;
        return DocumentToldLast.Before(candidates, bound);
    }

    /// <summary>
    /// "The text cites the 1992 Manila Declaration on the Sea" in a 2002 story about a declaration signed
    /// now: a title dated to another year than the story's never names an undated document the story reports made (the
    /// pattern: what is made now is of the story's year, so a dated recall is another document), whatever words they share.
    /// </summary>
    private static bool YearFits(Agreement a, AgreementMention m, int? storyYear) =>
        m.Year is null || (a.Year is not null ? a.Year == m.Year : !(storyYear is not null && m.Year != storyYear && MadeNow(a)));

    private static bool MadeNow(Agreement a) => a.Mentions.Any(x => x.Concluded && !x.Recalled && !x.Upheld && !x.NotMade);

    /// <summary>A reference dated by its own name or making clause to another year than a document's own dated references.</summary>
    private static bool OwnYearDiffers(Agreement a, AgreementMention m) =>
        m.YearOfItsOwn && m.Year is { } year && a.Mentions.Any(x => x.YearOfItsOwn && x.Year is { } other && other != year);

    /// <summary>"that treaty", "that pact": a demonstrative points to the document named last.</summary>
    private static bool IsDemonstrative(AgreementMention m) => m.Sentence.Tokens[m.TokenStart].Lower is "that" or "those";

    /// <summary>"Leaders adopted a declaration": what a summit issues, whether or not the sentence names the summit.</summary>
    private static bool IsConcludedDeclaration(AgreementMention m) =>
        m.Concluded && !m.Definite && AgreementKinds.Family(m.Kind) == "declaration";

    /// <summary>
    /// "signed a memorandum on border crossings ... signed an agreement on fisheries" at one meeting: an indefinite reference
    /// with another noun (memorandum or not) or another topic than the document already made there is a second product of the
    /// meeting, not that document told again (the pattern: one meeting yields several documents, told apart by noun and topic).
    /// </summary>
    private static bool SameSubject(Agreement made, AgreementMention m) =>
        IsMemorandum(made.Mentions[0]) == IsMemorandum(m)
        && (m.Topic is null || made.Topic is null || NameKey.Of(m.Topic) == NameKey.Of(made.Topic));

    /// <summary>"the agriculture memorandum", "the energy MoU": a memorandum whose lowercase modifier names its subject.</summary>
    private static bool DescribedMemorandum(AgreementMention m) =>
        IsMemorandum(m) && SubjectWords(m).Any();

    /// <summary>
    /// "The defence MoU" then "a Memorandum of Understanding on Defence Cooperation": a memorandum first told by its subject
    /// and then by a title holding that subject is one document (the pattern: a short subject name before the full title).
    /// </summary>
    private static Agreement? SubjectNamedBefore(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention titled) =>
        !IsMemorandum(titled) || titled.Title is not { } title ? null : agreements.FirstOrDefault(a =>
            a.Title is null && !used.Contains(a) && a.Mentions.Count > 0 && DescribedMemorandum(a.Mentions[0])
            && SubjectWords(a.Mentions[0]).All(w => title.Contains(w, StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<string> SubjectWords(AgreementMention m) =>
        m.Sentence.Tokens.Skip(m.TokenStart + 1).Take(Math.Max(0, m.TokenEnd - m.TokenStart - 2)).Where(t => t.IsWord && !t.IsCapitalized && !GeneralModifiers.Contains(t.Lower)).Select(t => t.Text);

    private static readonly FrozenSet<string> GeneralModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "new", "joint", "same", "said", "first", "latest", "signed", "bilateral", "trilateral" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A memorandum carries out an agreement; it is never the same document as the agreement or deal it serves.</summary>
    private static bool IsMemorandum(AgreementMention m) => m.Sentence.Tokens[m.TokenEnd - 1].Lower is "memorandum" or "understanding" or "mou";

    /// <summary>The first line without a closing full stop: a headline, which restates what the body reports.</summary>
    /// <remarks>
    /// "SUDAN PEACE" then "Taha and Garang sign deal": a wire slug or a kicker may come before the headline, so any of the
    /// first three lines counts while each stands alone as its paragraph and none before it closed a sentence.
    /// "NORTHERN WIRE" and "Europe / Baltics" on two lines of one block, then the headline: a masthead and its section line
    /// often share the first paragraph, so the third line counts as the second paragraph too (the pattern: a
    /// publication's name block, then the headline).
    /// </remarks>
    internal static bool IsHeadline(Sentence s) => (s.Index <= 2 && s.Paragraph == s.Index || s.Index == 2 && s.Paragraph == 1) && !ClosesASentence(s.Text);

    private static bool ClosesASentence(string text) => text.TrimEnd().TrimEnd('"', '\u201d', '\'', '\u2019', ')') is { Length: > 0 } t && t[^1] is '.' or '?' or '!';

    /// <summary>
    /// "Fifteen nations sign world's largest trade pact" then "... signed the Regional Comprehensive Economic Partnership on
    /// Sunday": the untitled document a headline reports is the one the body first names by title while concluding it in the
    /// story's year (the pattern: a headline restates the lead; the lead gives the title). A headline's general noun (deal,
    /// pact, accord, agreement) stands for any settlement; a memorandum or declaration keeps its own kind.
    /// </summary>
    private static Agreement? HeadlineDocumentNamed(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention titled, int? storyYear)
    {
        if (!titled.Concluded || titled.Recalled || titled.Upheld || titled.NotMade || titled.RenamesAnother) return null;
        if (titled.Year is { } year && storyYear is { } story && year != story) return null;
        // "first came together under the X Charter, a pact signed in Bamako in September 2023", in a 2024 story: a sentence
        // that names only other years than the story's recalls an earlier document, not the one the headline reports.
        if (ToldOnlyInOtherYears(titled.Sentence, storyYear)) return null;
        var family = AgreementKinds.Family(titled.Kind);
        return agreements.FirstOrDefault(a => a.Title is null && !used.Contains(a) && IsHeadline(a.Mentions[0].Sentence) && !SameCountedSetAgain.IsASet(a)
            && (a.Year is null || titled.Year is null || a.Year == titled.Year)
            && (a.Family == family || GeneralNouns.Contains(Head(a.Mentions[0])))
            && IsMemorandum(a.Mentions[0]) == IsMemorandum(titled)
            && !CompanionInstrument(Head(a.Mentions[0]), Head(titled))
            && a.Mentions.All(x => !x.Recalled && !x.Upheld && !x.NotMade)
            && !CalledByAnotherName(a, titled.Title!));
    }

    /// <summary>
    /// "Eight nations sign defence treaty" then "a Pacific Charter adopted alongside", "the Velo Protocol": a charter or protocol
    /// is the companion instrument signed with a treaty, not the treaty a headline reports under its own noun (the pattern: a
    /// headline names its document by its head noun; a charter or protocol is named so only where the headline says so).
    /// </summary>
    private static bool CompanionInstrument(string headlineHead, string titledHead) =>
        titledHead is "charter" or "protocol" && headlineHead != titledHead && !GeneralNouns.Contains(headlineHead);

    /// <summary>
    /// "the Lagos treaty" told in the body, then "the bloc that signed the Lome Convention": a document the story already called
    /// by a name of its own (a capitalised modifier in running text) is not another title that lacks that name (the pattern: a
    /// proper modifier identifies the document, as in <see cref="DatedNameFits"/>).
    /// </summary>
    private static bool CalledByAnotherName(Agreement a, string title)
    {
        var words = title.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return a.Mentions.Any(x => !IsHeadline(x.Sentence) && ProperModifiers(x).Any(w => w.Any(char.IsLower) && !words.Contains(w, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "Athens Declaration signed as Erdogan visits" then "Mitsotakis and Erdogan signed a declaration on Thursday", or "Leaders
    /// sign border pact" then "the two presidents signed an agreement in 2017": the body's first untitled, indefinite reference
    /// that makes a document of the story's year is the headline's document told again, titled or dated or not (the pattern: a
    /// headline restates the lead). Only while no body sentence has yet made a document of that family, so that a second
    /// document the lead reports stays apart.
    /// </summary>
    private static Agreement? HeadlineDocumentRestated(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention m, int? storyYear)
    {
        if (m.Definite || m.Title is not null || !m.Concluded || m.Upheld || m.Recalled || m.NotMade || m.ListItem || m.RenamesAnother || IsHeadline(m.Sentence)) return null;
        if (m.Year is { } year && storyYear is { } story && year != story) return null;
        var family = AgreementKinds.Family(m.Kind);
        if (agreements.Any(a => a.Family == family && a.Mentions.Any(x => !IsHeadline(x.Sentence) && x.Concluded && !x.Upheld && !x.Recalled))) return null;
        // "Six nations sign ceasefire" then "the leaders signed a ceasefire agreement": a document noun's modifier that is itself a
        // kind ("ceasefire agreement", "framework accord") names the headline's document of that kind too (see AgreementKinds.ModifierFamily).
        var modifierFamily = AgreementKinds.ModifierFamily(m.Sentence.Tokens, m.TokenStart, m.TokenEnd - 1);
        var told = agreements.Where(a => (a.Family == family || a.Family == modifierFamily) && !used.Contains(a) && !SameCountedSetAgain.IsASet(a) && a.Mentions.All(x => IsHeadline(x.Sentence) && !x.Upheld && !x.Recalled && !x.NotMade)
                                         && (a.Year is null || m.Year is null || a.Year == m.Year) && IsMemorandum(a.Mentions[0]) == IsMemorandum(m)).Take(2).ToList();
        if (told.Count != 1) return null;
        m.RestatesHeadline = true;
        return told[0];
    }

    /// <summary>Words before a year that bound a span rather than set the time of the sentence's event ("since 1983").</summary>
    private static readonly FrozenSet<string> SpanBounds = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "since", "from", "between", "until", "till", "by" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentence sets its events in a year, and never in the story's: years that only bound a span are left out.</summary>
    private static bool ToldOnlyInOtherYears(Sentence sentence, int? storyYear)
    {
        if (storyYear is null) return false;
        var tokens = sentence.Tokens;
        var years = Enumerable.Range(0, tokens.Count)
            .Where(k => tokens[k].Text.Length == 4 && tokens[k].Text.All(char.IsDigit) && !(k >= 1 && SpanBounds.Contains(tokens[k - 1].Text))
                        && !(k >= 2 && SpanBounds.Contains(tokens[k - 2].Text) && Months.Parse(tokens[k - 1].Text) is not null))
            .Select(k => tokens[k].Text).ToList();
        return years.Count > 0 && !years.Contains(storyYear.Value.ToString("D4"));
    }

    /// <summary>
    /// Whether the sentence signs this very document: "X and Y signed the accord" (the verb up to three words before it, with
    /// nothing but modifiers between). "Four memorandums were
    /// signed alongside the declaration" signs other documents: a preposition between verb and document makes it a companion,
    /// not the object (the pattern: the document a signing verb governs is the one signed).
    /// </summary>
    private static bool SignsHere(AgreementMention m)
    {
        var tokens = m.Sentence.Tokens;
        for (var k = Math.Max(0, m.TokenStart - 3); k < m.TokenEnd && k < tokens.Count; k++)
            if (IsMakingVerb(tokens[k].Lower) && (k >= m.TokenStart || SigningVerb.SignedUpTo(tokens, k) || Enumerable.Range(k + 1, m.TokenStart - k - 1).All(j => !LinkWords.Contains(tokens[j].Text))))
                return true;
        return false;
    }

    private static bool IsMakingVerb(string lower) => lower is "signed" or "inked" or "adopted" or "sealed";

    /// <summary>
    /// Prepositions that set a document beside or before what is signed, never under the verb ("signed alongside the
    /// declaration", "signed under the accord", "signed after the treaty"). Words of time and place ("signed on Friday
    /// the accord", "signed in Rome the treaty") still let the verb reach the document.
    /// </summary>
    private static readonly FrozenSet<string> LinkWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "alongside", "beside", "besides", "with", "along", "together", "plus", "including", "like", "unlike", "than", "as",
          "under", "after", "before", "following", "since", "per", "pursuant" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// In "X, upholding the 1998 declaration" or "the new accord builds on the declaration they signed in
    /// July", the document named before the upholding verb upholds the one after it (the pattern: a
    /// verb of continuity orders two documents). Years, where both are known, must not contradict that order:
    /// a document may build on one concluded earlier in the same year.
    /// </summary>
    private static void LinkReaffirmations(List<(AgreementMention Mention, Agreement Agreement)> inSentence)
    {
        foreach (var (m, upheld) in inSentence.Where(u => u.Mention.Upheld))
            foreach (var (other, agreement) in inSentence)
                if (agreement != upheld && other.TokenStart < m.TokenStart && (agreement.Year is null || upheld.Year is null || agreement.Year >= upheld.Year))
                    agreement.Reaffirms.TryAdd(upheld, m.Sentence);
    }
}
