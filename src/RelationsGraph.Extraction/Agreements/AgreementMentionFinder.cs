using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// Finds references to agreements in one sentence: the noun ("joint statement", "treaty",
/// "deal on ..."), its modifiers and year, whether the sentence concludes, signs or upholds it,
/// and who signs it or is party to it. Plurals ("agreements") and wished-for documents are skipped.
/// </summary>
internal static class AgreementMentionFinder
{
    private static readonly FrozenSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "that", "their", "its", "his", "her", "our" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> DefiniteDeterminers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "their", "its", "his", "her", "our" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    // "The summit closed with the adoption of the Jeddah Declaration": the noun of adopting concludes as "signing" does.
    private static readonly FrozenSet<string> ConcludingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "adoption", "reached", "reach", "signed", "sign", "signing", "agreed", "agreeing", "agree", "issued", "issuing", "adopted", "adopting", "concluded", "struck", "sealed", "announced", "unveiled", "inked", "released", "set", "launched", "finalized", "finalised" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> UpholdingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "uphold", "upheld", "upholding", "upholds", "reaffirm", "reaffirmed", "reaffirming", "reaffirms",
          // "reiterated their commitment to the 1992 Consensus": restating a commitment upholds an earlier document.
          "reiterate", "reiterated", "reiterates", "reiterating", "honor", "honour", "honoring", "respect", "abide", "note", "inherit", "maintain", "based", "building",
          // "built on the 1956 agreement", "builds on the accord": what a new document rests on, it upholds.
          "built", "builds", "build" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> WishWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "desire", "draft", "drafting", "hope", "hopes", "could", "might", "would", "may", "propose", "proposed", "new", "toward", "towards", "seek", "pursue", "future", "eventual" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> TopicStops = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ",", ".", ";", "—", "–", "while", "which", "instead", "but", "and", "that" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly string[] BothSidesPhrases = ["two countries", "both countries", "two nations", "both nations", "both sides", "two sides", "two governments", "two neighbors", "two neighbours"];
    /// <summary>The words every phrase of <see cref="BothSidesPhrases"/> opens with.</summary>
    private static readonly string[] BothSidesHeads = ["two ", "both "];

    /// <summary>
    /// Whether the text holds one of <see cref="BothSidesPhrases"/>, any case: the phrases are tried only where "two " or
    /// "both " stands, not each over the whole sentence (this ran for every document named).
    /// </summary>
    private static bool NamesBothSides(string text)
    {
        foreach (var head in BothSidesHeads)
            for (var at = text.IndexOf(head, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(head, at + 1, StringComparison.OrdinalIgnoreCase))
                foreach (var phrase in BothSidesPhrases)
                    if (phrase.StartsWith(head, StringComparison.Ordinal) && text.AsSpan(at).StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The words (lower case) at which a test of <see cref="Find"/>'s per-word loop can find a document noun: the cheap test that
    /// turns away nearly every word before the chain of tests (which are pure, so skipping them changes nothing but cost).
    /// A test that reads a new word at the noun adds it here.
    /// </summary>
    private static readonly FrozenSet<string> DocumentNounAnchors = new HashSet<string>(
        new[]
        {
            // AgreementKinds.KindOf.
            "statement", "announcement", "communique", "communiqué", "declaration", "sheet", "vision", "treaty", "agreement", "accord", "pact",
            "memorandum", "protocol", "mou", "convention", "charter", "deal", "ceasefire", "cease-fire", "truce", "plan", "roadmap", "map",
            "consensus", "document", "text", "framework", "partnership",
            // NamedPluralDocuments ("the Oslo Accords", "the Minsk agreements").
            "accords", "agreements", "treaties", "protocols",
            // ExchangeOfLetters, programmes, DescribedText, initiatives, MadeProgrammeTitle, DiplomaticActTitle, ElidedDocumentNoun
            // ("and another on ..."), TopicItemsOfAPlural (at its "on"), ArmisticeAsCeasefire, UnderstandingAsDocument.
            "exchange", "programme", "program", "initiative", "agenda", "strategy", "compact", "act", "another", "on", "armistice", "understanding",
            // PeaceOfATown ("the Peace of Westphalia").
            "peace",
        }
        // SignedGeneralNoun, TreatyAcronyms, CountedSetSigned and UncountedSetSigned (the plurals of documents).
        .Concat(SignedGeneralNoun.Nouns)
        .Concat(TreatyAcronyms.Acronyms)
        .Concat(AgreementKinds.PluralDocumentNouns)
        .Select(w => w.ToLowerInvariant()),
        StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a test of <see cref="Find"/> may find a document noun at the word (a word not in plain ASCII is always tried).</summary>
    private static bool MayNameADocument(Token token) => DocumentNounAnchors.Contains(token.Lower) || !System.Text.Ascii.IsValid(token.Text);

    /// <param name="listed">The sentence is an item of a list whose lead signs every item (see <see cref="ConcludedListItems"/>).</param>
    /// <param name="countedSetAllowed">No ordinal item follows the sentence, so a counted plural it signs is one set (see <see cref="CountedSetSigned"/>).</param>
    public static List<AgreementMention> Find(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<DateExpression> dates, bool listed = false, bool countedSetAllowed = false)
    {
        var tokens = sentence.Tokens;
        var found = new List<AgreementMention>();
        var spans = new List<(AgreementMention Mention, int Start, int End)>();
        var skipUntil = -1;
        var lastNameEnd = -1;
        List<int>? signingVerbs = null; // found once per sentence, on the first document noun
        // Facts of the whole sentence, the same for each document it names: read once, on the first document noun.
        bool? namesBothSides = null, groupSigns = null;
        // Whether a country is named at a token: one delegate for the sentence, not one per "on" or plural tried below.
        Func<int, bool> countryAt = k => CountryAt(mentions, k);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < skipUntil) continue;
            // Most words can name no document: skip the chain of tests for them (see DocumentNounAnchors).
            if (!MayNameADocument(tokens[i])) continue;
            var kind = AgreementKinds.KindOf(tokens[i].Lower, i > 0 ? tokens[i - 1].Lower : null, i > 1 ? tokens[i - 2].Lower : null);
            // "the Abraham Accords", "the Oslo Accords": a capitalised plural after a name is one document's title.
            // "the Anders–Vell Treaties", "the Treaties of Marvelle" too (see NamedPluralDocuments).
            if (kind is null && NamedPluralDocuments.CapitalisedAt(tokens, i) &&
                !(i + 1 < tokens.Count && AgreementKinds.KindOf(tokens[i + 1].Lower, tokens[i].Lower) is not null)) kind = NamedPluralDocuments.KindOf(tokens[i].Lower);
            // "the Minsk agreements", "the Velmora accords", "the Harrow Canal treaties": a name before a lower-case plural titles one set of documents.
            var pluralNameStart = kind is null && tokens[i].IsWord && !tokens[i].IsCapitalized ? NamedPluralDocuments.NameStart(tokens, i, countryAt) : -1;
            var namedPlural = pluralNameStart >= 0;
            if (namedPlural) kind = NamedPluralDocuments.KindOf(tokens[i].Lower);
            // "replaces NAFTA", "the JCPOA": a known treaty's acronym is its title; "the new NAFTA" is its successor, not it.
            var acronym = kind is null && TreatyAcronyms.IsKnown(tokens[i].Text) && !(i > 0 && tokens[i - 1].Lower is "new" or "(")
                          && !(i + 1 < tokens.Count && AgreementKinds.KindOf(tokens[i + 1].Lower, tokens[i].Lower) is not null);
            if (acronym) kind = "agreement";
            // "signed an exchange of letters", "an exchange of notes": the diplomatic form of a binding agreement.
            var exchange = kind is null && ExchangeOfLetters(tokens, i) is not null;
            if (exchange) kind = ExchangeOfLetters(tokens, i);
            // Nouns that are documents only when marked as made ones; kept out of AgreementKinds so other stages do not see them as documents.
            // "exchanged three documents: a memorandum on X, ... and a cultural exchange programme": an item of a list of made documents (see ProgrammeAmongListedDocuments).
            if (kind is null && tokens[i].Lower is "programme" or "program" && (IsSignedOrAdopted(tokens, PhraseStart(tokens, i)) || ProgrammeAmongListedDocuments.At(tokens, PhraseStart(tokens, i), listed))) kind = "plan";
            // "signed the same text", "put their signatures to the brief text": a described text that is signed (see DescribedText).
            var describedText = kind is null && DescribedText.At(tokens, i);
            if (describedText) kind = "document";
            if (kind is null && tokens[i].Lower == "initiative" && IsDocumentInitiative(sentence, i)) kind = "initiative";
            // "adopted the Lakeland Common Agenda", "the Agenda that the sides agreed": a titled Agenda, Strategy or Compact marked as made (see MadeProgrammeTitle).
            if (kind is null && tokens[i].Text is "Agenda" or "Strategy" or "Compact"
                && MadeProgrammeTitle.KindAt(tokens, i, PhraseStart(tokens, i), TitleSpan(sentence, i).End, TitleAround(sentence, i) is not null) is { } programme) kind = programme;
            // "signed a power-sharing arrangement", "signed a gas supply contract": general nouns that are documents when signed (an
            // arrangement also when titled or an item of a signed list); "any arrangement", "bidding for the contract" are not.
            if (kind is null && SignedGeneralNoun.IsOne(tokens[i].Lower) && (SignedGeneralNoun.At(tokens, i, PhraseStart(tokens, i), TitleAround(sentence, i) is not null)
                || tokens[i].Lower == "arrangement" && listed && found.Count == 0 && ConcludedListItems.IsItemHead(i))) kind = "agreement";
            // "the Helsinki Final Act", "signed the Presidential Act of Brasilia": an Act titled as a diplomatic instrument, not a law.
            // "the two ministers signed six agreements": a counted plural the story signs and never enumerates is one set (see CountedSetSigned).
            var countedSet = kind is null && countedSetAllowed && CountedSetSigned.At(tokens, i);
            // "witnessed the exchange of cooperation documents", "signed memorandums of understanding on trade": a bare plural signed is one set too (see UncountedSetSigned).
            var uncountedStart = kind is null && countedSetAllowed && !countedSet ? UncountedSetSigned.StartAt(tokens, i) : -1;
            countedSet |= uncountedStart >= 0;
            if (countedSet) kind = "agreement";
            if (kind is null && tokens[i].Text == "Act" && DiplomaticActTitle.At(tokens, i, TitleAround(sentence, i) is not null)) kind = "agreement";
            if (kind is null && tokens[i].Text == "Act" && DiplomaticActTitle.OfACity(tokens, i, i > 0 && mentions.Any(m => m.Kind == MentionKind.Place && m.TokenEnd == i && m.TokenStart == TitleStart(tokens, i)))) kind = "agreement";
            // "The EU-Turkey Statement, issued after ...", "the Berlin Statement": a capitalised statement with a title of its own is
            // the sides' joint statement; a bare "statement" is what someone said (the pattern: a titled statement is a document).
            // "the Joint Leaders' Statement on ...": a plural possessive of the title's own words may stand before the noun.
            if (kind is null && tokens[i].Text == "Statement" && i > 0 && (tokens[i - 1].IsCapitalized && tokens[i - 1].IsWord || PossessiveOfATitleWord(tokens, i - 1))
                && TitleAround(sentence, i) is not null) kind = "joint_statement";
            // "an agreement on fisheries and another on road transport": the elided noun's document (see ElidedDocumentNoun).
            if (kind is null && ElidedDocumentNoun.KindAt(tokens, i) is { } elided) kind = elided;
            // "three memoranda, on fisheries, on tourism, and on customs": each "on" opens a document of the plural (see TopicItemsOfAPlural).
            var topicPlural = kind is null ? TopicItemsOfAPlural.PluralOf(tokens, i) : -1;
            if (topicPlural >= 0) kind = TopicItemsOfAPlural.KindOf(tokens, topicPlural);
            // "an armistice signed at Varenne": the older word for a ceasefire, admitted here only (see ArmisticeAsCeasefire).
            if (kind is null && ArmisticeAsCeasefire.IsNoun(tokens[i].Lower)) kind = "ceasefire";
            // "a joint ministerial statement", "a joint leaders' statement": still the sides' joint statement (see StatementOfItsMakers).
            if (kind is null && StatementOfItsMakers.At(tokens, i)) kind = "joint_statement";
            // "issued a joint press statement": the sides' joint statement only when a verb makes it (see JointPressStatement).
            var pressStatement = kind is null && JointPressStatement.At(tokens, i);
            if (pressStatement) kind = "joint_statement";
            // "signed a statement of intent on ...", "a joint statement of principles": the fixed phrase is the noun (see StatementOfPurpose).
            var statementOf = StatementOfPurpose.End(tokens, i);
            var statementOfAlone = kind is null && statementOf > 0;
            if (statementOfAlone) kind = "joint_statement";
            // "the 1987 understanding", "a nine-point understanding": the looser accord's noun, named by a year or a count (see UnderstandingAsDocument).
            if (kind is null && UnderstandingAsDocument.At(tokens, i)) kind = "agreement";
            // "the Peace of Westphalia", "the Truce of Deulino": a peace or truce titled after its town is a treaty (see PeaceOfATown).
            var peaceTitle = PeaceOfATown.At(tokens, i);
            if (peaceTitle) kind = PeaceOfATown.KindOf(tokens[i]);
            if (kind is null) continue;
            if (kind == "ceasefire" && !peaceTitle && !CeasefireAgreed.At(tokens, PhraseStart(tokens, i), i)) continue;

            if (IsTitleOnlyNoun(tokens, i) && !IsDocumentTitle(sentence, i)) continue;
            if (DocumentNounAsModifier.At(tokens, i)) continue;
            if (IdiomOfADocumentNoun.At(tokens, i)) continue;
            // "Economic Partnership Agreement": the last noun names the document.
            // "signed the Regional Comprehensive Economic Partnership": a titled partnership that is the object of signing is the document.
            // "raised relations to a Comprehensive Partnership": a titled tier the sides raise their relations to is theirs (see RaisedToAPartnership).
            var raisedTo = RaisedToAPartnership.At(tokens, i);
            // "the green partnership both sides founded in 2009": a partnership whose own clause founds it in a year (see PartnershipFoundedInAYear).
            var foundedIn = kind == "framework" ? PartnershipFoundedInAYear.YearAt(tokens, i) : null;
            if (tokens[i].Lower == "partnership" && (tokens[i].IsCapitalized && !SigningVerb.HasObjectAt(tokens, PhraseStart(tokens, i)) && !raisedTo || i + 1 < tokens.Count && AgreementKinds.KindOf(tokens[i + 1].Lower, "partnership") is not null)) continue;
            // "the Strategic Framework Agreement", "the framework agreement on security": a document noun right before another is
            // a word of the one name, not a document of its own (the pattern: the last noun of a compound names the document).
            if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized == tokens[i].IsCapitalized && tokens[i + 1].Lower is not ("document" or "text")
                && AgreementKinds.KindOf(tokens[i + 1].Lower, tokens[i].Lower) is not null) continue;
            if (i + 1 < tokens.Count && tokens[i + 1].Lower is "to" && kind is "plan" or "deal") { if (!IsObjectOfAgreeing(tokens, i)) continue; }

            // "the sides exchanged four memoranda": a counted set's phrase opens at its count, whatever verb stands before it.
            var start = topicPlural >= 0 ? i : uncountedStart >= 0 ? uncountedStart : countedSet ? CountedSetSigned.CountOf(tokens, i) : PhraseStart(tokens, i);
            // "Jordan, which signed its own peace treaty": "own" marks a document apart from the one told before.
            var definite = start < i && DefiniteDeterminers.Contains(tokens[start].Text) && !(start + 1 < i && tokens[start + 1].Lower == "own")
                           // "Friday's deal", "today's agreements": a day's possessive refers back as "the" does (see DayPossessive).
                           || Meetings.DayPossessive.OwnedByADay(tokens, start);
            var (title, titleEnd) = TitleSpan(sentence, i);
            // "will set up a permanent framework to align ...": a body founded for a purpose, not a document (see BodyToBeSetUp).
            if (title is null && BodyToBeSetUp.At(tokens, start, i)) continue;
            if (TitleOfABodyOrPlace.At(tokens, i, TitleStart(tokens, i), titleEnd, (from, to) => mentions.Any(m => m.TokenEnd > from && m.TokenEnd <= to && m.Kind != MentionKind.Person))) continue;
            // "the 1992 Consensus": the year and the noun are the title together (see MadeProgrammeTitle.YearRightBefore).
            if (title is null && tokens[i].Lower == "consensus" && MadeProgrammeTitle.YearRightBefore(tokens, i)) (title, titleEnd) = (sentence.Text[tokens[i - 1].Start..tokens[i].End], i + 1);
            if (acronym || namedPlural) (title, titleEnd) = (sentence.Text[tokens[namedPlural ? pluralNameStart : i].Start..tokens[i].End], i + 1);
            // "memorandum of understanding on ...", "exchange of letters": the fixed phrase is the noun.
            // "a set of memoranda of understanding": a set's plural keeps its fixed phrase too.
            var nounEnd = topicPlural >= 0 ? i - 1 : exchange || i + 2 < tokens.Count && tokens[i].Lower == "memorandum" && tokens[i + 1].Lower == "of" && tokens[i + 2].Lower == "understanding" ? i + 2
                          : countedSet ? TopicItemsOfAPlural.PhraseEnd(tokens, i) : statementOf > 0 ? statementOf : i;
            var (topic, topicEnd) = TopicAfter(sentence, nounEnd);
            if (topicPlural >= 0 && TopicItemsOfAPlural.ItemEnd(tokens, topicPlural, i) is var itemEnd and > 0) (topic, topicEnd) = (sentence.Text[tokens[i].Start..tokens[itemEnd - 1].End], itemEnd);
            // "a joint statement titled the \"Spirit of Camp David\"": the name after the participle is the title (see TitledAfterNoun).
            var titledAfter = title is null && topic is null && TitledAfterNoun.At(sentence, nounEnd) is { } named && (title = named) is not null;
            // "the Protocol Amending the Cartagena Agreement": a document noun inside a title that runs on past its own noun is a
            // word of that title, so a renaming later in the sentence cannot take it for the document told last.
            skipUntil = Math.Max(topicEnd, TitleRunsThroughAnotherNoun(tokens, i, titleEnd) ? titleEnd : 0);
            // "the accord" or "that deal" refers back to a document already met: a date nearby in the sentence is when
            // something else happened, unless the noun's own clause says it was made then ("the accord signed in 2013").
            // Its own name, then the clause that makes it, then (for a new or titled document) a date its clause holds for it alone.
            var nameEnd = Math.Max(titleEnd, nounEnd + 1);
            var afterName = topic is null ? nameEnd : topicEnd;
            // A clause that makes the document dates it even when "the" refers back ("Signed in Tokyo in 1998 by ..., the statement").
            var ownYear = foundedIn ?? DocumentYear.OfOwnName(tokens, dates, start, i, nameEnd) ?? (title is null ? null : YearAfterTitle.At(tokens, start, nameEnd)) ?? DocumentYear.OfItsMakingNoun(tokens, start) ?? DocumentYear.OfMaking(tokens, dates, start, afterName);
            var year = ownYear ?? (definite && title is null ? null : DocumentYear.InOwnClause(tokens, dates, start, i, afterName));
            // "a memorandum on agricultural trade, signed by ...": the verb may follow the topic, or a long title ("The Framework
            // for the Republic of X and the Region was signed at ...").
            var setOf = ItemOfADocumentSet.Of(tokens, start);
            // "a ceasefire that the two militias signed in May": the clause after the noun concludes it (see CeasefireMadeInItsClause).
            var clauseVerb = -1;
            var madeInItsClause = kind == "ceasefire" && !CeasefireAgreed.ByVerb(tokens, start, i) && CeasefireMadeInItsClause.At(tokens, i, out clauseVerb);
            // A counted set is found only where its making is told (see CountedSetSigned, CountedSetMade), "produced" and "with ... signed" included.
            var concluded = madeInItsClause || raisedTo || foundedIn is not null || countedSet || Any(tokens, i - 12, PassiveAfterItsParties(tokens, Math.Max(Math.Max(i, topicEnd), titleEnd)) + 3, ConcludingVerbs)
                            // "put their signatures to an agreement on ...": the phrase signs as the verb does.
                            || SigningVerbBetween(tokens, i - 12, i)
                            || ContinuesAConcludedList(tokens, found, start)
                            || GatheringEndedWith(tokens, start)
                            // "read out the final communiqué": a joint or final text read out is made (see ReadOutAtTheClose).
                            || ReadOutAtTheClose.At(tokens, start, i)
                            // "In their final communiqué, the leaders declared": the closing text its makers speak in (see ReadOutAtTheClose.SpokenIn).
                            || ReadOutAtTheClose.SpokenIn(tokens, start, i)
                            || ConcludedInApposition.At(tokens, nameEnd)
                            // "The Convention between X and Y for ..., shared by the two states ..., was signed this morning": the opening subject's main verb (see SubjectsOwnPassive).
                            || SubjectsOwnPassive.At(tokens, start, Math.Max(nameEnd, afterName))
                            // "The X Declaration, titled \"Y\", was adopted": the passive after a quoted second name (see QuotedTitleBeforeItsVerb).
                            || QuotedTitleBeforeItsVerb.Concludes(tokens, afterName, t => ConcludingVerbs.Contains(t.Text))
                            // "the following were signed:" then "MoU on sports and youth affairs.": the item's own document.
                            || listed && found.Count == 0 && ConcludedListItems.IsItemHead(i)
                            // "signed nine documents in the presence of ..., among them a shipping agreement": a member of a made set.
                            || setOf is { } made && ItemOfADocumentSet.Made(tokens, made)
                            || topicPlural >= 0 && TopicItemsOfAPlural.Made(tokens, topicPlural, PhraseStart(tokens, topicPlural));
            // "a new treaty" is wished for; "the new accord" is one the article already reports.
            // A date nearby, its own or not, tells a document of a time rather than one wished for.
            var dated = year is not null || DocumentYear.DatedNearby(tokens, dates, i);
            var wished = (Any(tokens, i - 6, i, WishWords) && !(definite && OnlyNewAmongWishes(tokens, i))) && !dated && title is null;
            if (wished || title is null && IsAnIdeaOf(tokens, start)) continue;
            // "condemned in its communiqué", "the communiqué said": a bare communiqué that points back may be one body's own
            // release as well as the sides' text, so only a titled or dated one is taken (see AgreementKinds.KindOf).
            if (kind == "communique" && definite && title is null && year is null && !ReadOutAtTheClose.SpokenIn(tokens, start, i)) continue;
            // "the text, described by one side as a protocol": a predicate of a document told, not another (see CharacterisedAs).
            if (title is null && !definite && CharacterisedAs.At(tokens, start, found.Count > 0)) continue;
            if (title is not null && !concluded && NamedAsAComparison(tokens, TitleStart(tokens, i), i)) continue;
            if (title is null && QuantifiedDocument.At(tokens, i)) continue;
            if (!AgreementKinds.StandsAlone(kind) && !concluded && !dated && title is null && !definite && setOf is null) continue;
            if (IsUnidentifiedTreaty(tokens, i, kind, definite, concluded, dated, title, topic)) continue;
            // "the document" points back to an agreement already named; "a document" or "documents" name nothing new.
            if (kind == "document" && (!definite || year is not null)) continue;
            // "the text of the speech" is no document: "the text" counts only as what someone signs.
            // "signed the text", "put their names to the text", "signed up to the text": a signing verb whose object opens at its "the".
            if (tokens[i].Lower == "text" && !describedText && !Enumerable.Range(Math.Max(0, i - 5), Math.Max(0, i - 1 - Math.Max(0, i - 5))).Any(k => SigningVerb.IsAt(tokens, k) && SigningVerb.ObjectStart(tokens, k) == TextObjectStart(tokens, i))) continue;
            // "deepen its strategic partnership": a relationship, unless the sentence agrees or signs one.
            if (tokens[i].Lower == "partnership" && !concluded) continue;
            if (WorldCharterCited.Is(title, concluded)) continue;

            // "X, Y and Z signed the Treaty on ..., together with the Khujand Declaration": who signed a document concluded it,
            // however far the verb (the pattern: a signer found for the document is its concluding verb).
            // An item of a plural is signed by whoever signed the plural (see TopicItemsOfAPlural).
            var (signedNoun, signedNounEnd) = topicPlural >= 0 ? (topicPlural, TopicItemsOfAPlural.PhraseEnd(tokens, topicPlural)) : (i, nounEnd);
            var signers = Signatories(tokens, mentions, signingVerbs ??= SigningVerbsIn(tokens), signedNoun, signedNounEnd, Math.Max(nameEnd, afterName)).ToList();
            concluded |= signers.Count > 0;
            if (pressStatement && !concluded) continue;
            if (statementOfAlone && !concluded && !dated && !definite && setOf is null && !(listed && found.Count == 0 && ConcludedListItems.IsItemHead(i))) continue;
            var denied = DeniedConclusion(tokens, start) || NoneWasMade.At(tokens, start, nounEnd) || WithoutADocument.At(tokens, start, i);
            // "the two failed to strike a deal on tariffs": an unnamed document nobody made is no document at all.
            if (denied && !definite && title is null && YearIn(tokens, start, i) is null) continue;
            // "a framework to be launched within three months": an unnamed document still to be made is no document yet; a named
            // one ("the Joint Action Plan, still to be adopted") exists but no meeting of the story has made it.
            // "they aim to sign a pact by 2031": an intended making is still to come too (see DocumentYear.IntendedMaking).
            var toBeMade = StillToBeMade(tokens, nounEnd + 1) || DocumentYear.IntendedMaking(tokens, start);
            if (toBeMade && !definite && title is null) continue;
            var negotiated = IsUnderNegotiation(tokens, start) || denied || toBeMade || MadeInAFutureClause.At(tokens, start, afterName);
            if (negotiated) concluded = false;
            // "the ministers swapped the ratified texts of the 1974 accord": an act done to the document presumes it made (see ActedOnAsExisting).
            var actedOn = ActedOnAsExisting.At(tokens, title is null ? start : Math.Min(start, TitleStart(tokens, i)));
            if (actedOn) concluded = false;
            // "the two sides signed an accord", "the two countries had signed nine deals besides the joint statement":
            // states as the subject of the verb that makes it name none of its signers (see StatesAsTheSubject).
            var madeByStates = StatesAsTheSubject.OfTheDocumentAt(tokens, start)
                               || StatesSignItWith(tokens, signingVerbs!, signedNoun, signedNounEnd, Math.Max(nameEnd, afterName));
            var mention = new AgreementMention
            {
                Sentence = sentence, TokenStart = start, TokenEnd = i + 1, Kind = kind, MadeByStates = madeByStates,
                Joint = i > 0 && tokens[i - 1].Lower == "joint",
                Phrase = topicPlural >= 0 ? TopicItemsOfAPlural.Phrase(sentence, topicPlural) : sentence.Text[tokens[start].Start..tokens[nounEnd].End],
                Title = title, TitledAfter = titledAfter, Topic = topic, Year = year, YearOfItsOwn = ownYear is not null, Definite = definite && year is null,
                NearbyYear = definite && title is null && year is null ? DocumentYear.InOwnClause(tokens, dates, start, i, afterName) : null,
                // "reaffirms the 1963 treaty, which ..., and the 2019 treaty": a dated document after an upholding verb is upheld, however far.
                Concluded = concluded, Recalled = PlacedInThePast(tokens, i) || madeInItsClause && !negotiated || raisedTo && RaisedToAPartnership.InARecalledClause(tokens, i) || foundedIn is not null,
                // "The second, broader text, formally the Agreement on X": the naming adverb names the item the ordinal opens, no document told before.
                RenamesAnother = !CountedDocuments.OpensAnItem(tokens, start) && IsRenaming(tokens, title is null ? start : Math.Min(start, TitleStart(tokens, i)))
                                 || title is null && definite && QuotedDocumentName.At(tokens, start, nameEnd - 1) || title is not null && RenamedInTrailingClause(tokens, nameEnd) || acronym && AcronymNamesPrevious(tokens, found.LastOrDefault(), i) || DocumentApposition.Describes(tokens, found.LastOrDefault(), lastNameEnd, start, title, i)
                                 || DocumentApposition.TitlesPrevious(tokens, found.LastOrDefault(), lastNameEnd, start, title, titleEnd), Upheld = Any(tokens, i - 12, i, UpholdingWords) || YearIn(tokens, start, i) is not null && Any(tokens, 0, i, UpholdingWords),
                BothSides = namesBothSides ??= NamesBothSides(sentence.Text) || PairOfLeaders.In(sentence),
                // "The leaders adopted a joint statement": the verb governs this noun, not another one later in the sentence.
                SignedByGroup = ((groupSigns ??= GroupReference.In(sentence) && !CountedGroupSigners.OnlyWitnesses(sentence)) || DelegatesAsTheGroup.Before(tokens, start)) && (Any(tokens, start - 4, start + 1, IssuingVerbs) || SigningVerb.HasObjectAt(tokens, start)
                                 // "The four delegations signed two texts: A and B": every item of the counted list, when a counted group signs (see ItemListedAfterACountedSigning).
                                 || ItemListedAfterACountedSigning.At(tokens, start) && CountedGroupSigners.Count(sentence) is not null)
                                 // "The two sides signed an accord": states, not the meeting's people, as the subject (see StatesAsTheSubject).
                                 && !madeByStates,
                ListItem = listed && found.Count == 0 && ConcludedListItems.IsItemHead(i),
                SetMember = setOf is not null,
                SetApart = topicPlural >= 0 || !definite && DocumentSetApart.At(tokens, start, i) || CountedDocuments.OpensAnItem(tokens, start) || countedSet,
                Acronym = acronym ? tokens[i].Text : null,
                NotMade = negotiated,
                MadeInItsClause = madeInItsClause && !negotiated,
                ActedOn = actedOn,
                SpokenIn = !concluded && !negotiated && !actedOn && SpokenInAJointText.At(tokens, start, i, kind),
                OnlyTalkedAbout = !definite && !concluded && title is null && year is null && signers.Count == 0 && setOf is null && !(listed && found.Count == 0 && ConcludedListItems.IsItemHead(i))
                                  && !(DocumentSetApart.At(tokens, start, i) || CountedDocuments.OpensAnItem(tokens, start) || countedSet)
                                  && !CountryNamedWithin(mentions, start, i),
            };
            mention.NamedParties.AddRange(PartiesNamedAfter(tokens, i, mentions));
            // "the Franco-Tunisian convention": a compound of its two states before the noun names the sides too (see HyphenatedSides).
            if (mention.NamedParties.Count == 0) mention.CompoundSides.AddRange(HyphenatedSides.Before(tokens, mentions, title is null ? start : Math.Min(start, TitleStart(tokens, i)), i));
            // "The mediators who arranged the deal, among them a former judge ...": the sentence is about its mediators, not its parties;
            // "... signed the text as witnesses": about its witnesses (see SignedAsWitness.RightAfterTheDocument).
            var mediated = Any(tokens, start - 3, start, ThirdPartyWords) || SignedAsWitness.RightAfterTheDocument(tokens, Math.Max(nounEnd + 1, Math.Max(nameEnd, afterName)));
            mention.Signatories.AddRange(signers);
            mention.SigningOffices.AddRange(ActiveSigningVerbs(tokens, signedNoun, signedNounEnd).SelectMany(v => SigningOffices.Before(tokens, mentions, v)).Distinct());
            // "a ceasefire for the hills, negotiated with Swiss and Kenyan help": of a truce recalled by its clause, only the
            // clause's subject names sides ("the truce that A and B signed"); other countries of the sentence mediated or hosted it.
            // "the 1977 treaty that A signed with B": of any other document, its making clause names its sides (see SidesOfTheMakingClause).
            // "the Treaty of X that A signed with B": the clause may follow the whole title or topic (see MakingClauseAfterTheName).
            var clauseSides = madeInItsClause ? null : SidesOfTheMakingClause.At(tokens, mentions, i) ?? MakingClauseAfterTheName.At(tokens, mentions, i, afterName);
            // The candidates are read once: the parties are those named anywhere, the parties before those named before the phrase.
            var partyCandidates = PartyCandidates(tokens, mentions, mediated, start, afterName, concluded);
            mention.Parties.AddRange(OfTheMakingClause(CountriesAsParties(partyCandidates, int.MaxValue), mentions, madeInItsClause, i, clauseVerb, clauseSides));
            mention.PartiesBefore.AddRange(OfTheMakingClause(CountriesAsParties(partyCandidates, start), mentions, madeInItsClause, i, clauseVerb, clauseSides));
            if (!mediated) mention.SignedByCountries.AddRange(SignedByACountry.At(tokens, mentions, start, afterName));
            mention.Owner = OwnerOf(tokens, mentions, start);
            mention.PlacesOfMaking.AddRange(mention.Parties.Where(c => mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId == c).All(m => NamedAsThePlace(tokens, m))));
            found.Add(mention);
            spans.Add((mention, start, afterName));
            lastNameEnd = afterName;
        }
        OtherDocumentsSides.Remove(spans, mentions, tokens);
        return found;
    }

    // The three helpers below stand for lambdas of Find's per-word loop: a lambda over a local of the loop's body made a
    // closure on every word, document or not.

    /// <summary>Whether states, as the subject of one of the sentence's signing verbs, sign the document (see StatesAsTheSubject).</summary>
    private static bool StatesSignItWith(List<Token> tokens, List<int> signingVerbs, int signedNoun, int signedNounEnd, int nameEnd)
    {
        foreach (var v in signingVerbs)
            if (StatesAsTheSubject.Before(tokens, v) && SigningVerbGoverns(tokens, v, signedNoun, signedNounEnd, passive: false, nameEnd)) return true;
        return false;
    }

    /// <summary>Whether a country is named from <paramref name="start"/> to the noun at <paramref name="noun"/>.</summary>
    private static bool CountryNamedWithin(IReadOnlyList<Mention> mentions, int start, int noun)
    {
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k].Kind == MentionKind.Country && mentions[k].TokenStart >= start && mentions[k].TokenEnd <= noun) return true;
        return false;
    }

    /// <summary>
    /// Of <paramref name="countries"/>, those the making clause allows: the clause's subject when the ceasefire is made in its
    /// clause, and only the sides the making clause names when it names any (null: no such clause).
    /// </summary>
    private static IEnumerable<string> OfTheMakingClause(List<string> countries, IReadOnlyList<Mention> mentions, bool madeInItsClause, int noun, int clauseVerb, HashSet<string>? clauseSides)
    {
        foreach (var c in countries)
            if ((!madeInItsClause || InClauseSubject(mentions, c, noun, clauseVerb)) && clauseSides?.Contains(c) != false) yield return c;
    }

    /// <summary>Whether the country is named between a ceasefire noun and the verb of its making clause: the clause's subject.</summary>
    private static bool InClauseSubject(IReadOnlyList<Mention> mentions, string country, int noun, int verb) =>
        mentions.Any(m => m.Kind == MentionKind.Country && m.EntityId == country && m.TokenStart > noun && m.TokenEnd <= verb);

    /// <summary>
    /// The country mentions of the sentence that may be the document's parties: none when its mediators are the subject, and
    /// neither a possessor of another, a third party, a word of the title nor a place.
    /// Apart from <see cref="Find"/> so that its per-word loop makes no closure for words that name no document.
    /// </summary>
    private static List<Mention> PartyCandidates(List<Token> tokens, IReadOnlyList<Mention> mentions, bool mediated, int documentStart, int documentEnd, bool made)
    {
        if (mediated) return [];
        var candidates = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && (!IsPossessiveOfOther(tokens, m) || OwnsThePhrase(tokens, m, documentStart)) && !GenitiveOfOther.At(tokens, mentions, m) && !IsThirdParty(tokens, m) && !HostOrMediatorAfter.At(tokens, mentions, m) && !MediatorsNation.At(tokens, m) && !NamesTheDocument(tokens, m) && !WhereNotWho(tokens, m) && !CountriesWhereCarriedOut.At(tokens, mentions, m)
            // "..., and Valdoria followed in 1992": a country that followed made a document of its own (see FollowerOfAnotherDocument).
            && !FollowerOfAnotherDocument.At(tokens, m, documentStart)
            // "the pact's signatories (A, B)", "the League (which takes in C and D)": a bracketed roll belongs to the noun before it (see CountriesInAnAside).
            && !CountriesInAnAside.Excludes(tokens, mentions, m, documentStart, documentEnd, made)
            // "to have A and B join the existing pact": states that are still to join it are no sides yet (see WouldBeJoiners).
            && !WouldBeJoiners.At(tokens, mentions, m, documentStart)).ToList();
        if (candidates.Count == 0) return candidates;
        // A country named only as the place of making is dropped when the sentence names another side; named alone, it is
        // the best guess left (a grouping's document signed in one of its members).
        var places = candidates.Where(m => NamedAsThePlace(tokens, m)).ToList();
        if (places.Count > 0 && candidates.Except(places).Any(m => places.All(p => p.EntityId != m.EntityId))) candidates = candidates.Except(places).ToList();
        return candidates;
    }

    /// <summary>The countries of <paramref name="candidates"/> (see <see cref="PartyCandidates"/>) ending by <paramref name="end"/>.</summary>
    private static List<string> CountriesAsParties(List<Mention> candidates, int end)
    {
        // Distinct in order of mention, in a loop (this runs twice for every document named).
        var parties = new List<string>(candidates.Count);
        foreach (var m in candidates)
            if (m.TokenEnd <= end && !parties.Contains(m.EntityId!)) parties.Add(m.EntityId!);
        return parties;
    }

    /// <summary>"to be signed", "yet to be adopted", ", still to be ratified": a document whose making is still to come.</summary>
    private static bool StillToBeMade(List<Token> tokens, int after)
    {
        var k = after;
        if (k < tokens.Count && tokens[k].Text == ",") k++;
        if (k < tokens.Count && tokens[k].Lower is "yet" or "still") k++;
        return k + 2 < tokens.Count && tokens[k].Lower == "to" && tokens[k + 1].Lower == "be" && tokens[k + 2].IsWord && !tokens[k + 2].IsCapitalized
               && tokens[k + 2].Lower is var verb && (verb.EndsWith("ed", StringComparison.Ordinal) || verb is "drawn" or "set" or "written" or "made");
    }

    private static readonly FrozenSet<string> AcronymCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "known", "called", "dubbed", "acronym", "abbreviated" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The treaty, known to officials by its acronym AfCFTA, ...": an acronym after a document of the same sentence and a
    /// naming word between is that document's other name (the pattern: a naming phrase joins two names).
    /// </summary>
    private static bool AcronymNamesPrevious(List<Token> tokens, AgreementMention? previous, int acronym) =>
        previous is not null && Enumerable.Range(previous.TokenEnd, Math.Max(0, acronym - previous.TokenEnd)).Any(k => AcronymCues.Contains(tokens[k].Text));

    private static readonly FrozenSet<string> SigningOrAdopting = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "signed", "sign", "signing", "adopted", "adopt", "adopting", "agreed", "inked" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "signed a programme of cultural exchanges", "adopted a work programme": a programme is a document only as the direct
    /// object of signing or adopting; "launched a programme" is a policy (the pattern: a general noun is a document when made as one).
    /// </summary>
    private static bool IsSignedOrAdopted(List<Token> tokens, int phraseStart) =>
        phraseStart > 0 && (SigningOrAdopting.Contains(tokens[phraseStart - 1].Text) || SigningVerb.HasObjectAt(tokens, phraseStart));

    /// <summary>
    /// "the Arab Peace Initiative of 2002", "the 2002 Arab Peace Initiative": an Initiative is a document only as a title with
    /// its year; "the Belt and Road Initiative" is a policy (the pattern: something marks the title as a document). A signed
    /// one is left out for now: the article's untitled "deal" for it would not merge with it and would stand as a second node.
    /// </summary>
    private static bool IsDocumentInitiative(Sentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (!tokens[i].IsCapitalized || TitleAround(sentence, i) is null) return false;
        var start = PhraseStart(tokens, i);
        var dated = YearIn(tokens, start, i) is not null
                    || i + 2 < tokens.Count && tokens[i + 1].Lower == "of" && tokens[i + 2].Text.Length == 4 && tokens[i + 2].Text.All(char.IsDigit);
        // "sat down with X to sign the Initiative on the Safe Transportation of ...": a titled initiative that is the object of a
        // signing verb is a signed text, not a policy programme (the pattern: what one signs is a document).
        return dated || SigningVerb.HasObjectAt(tokens, start);
    }

    /// <summary>"an exchange of letters", "exchange of notes": the kind it names, or null.</summary>
    private static string? ExchangeOfLetters(List<Token> tokens, int i) =>
        tokens[i].Lower == "exchange" && i + 2 < tokens.Count && tokens[i + 1].Lower == "of" && tokens[i + 2].Lower is "letters" or "notes"
            ? "exchange_of_" + tokens[i + 2].Lower : null;

    /// <summary>A country's name covering token <paramref name="k"/> (a loop: the lambda's closure was made for every word tested above).</summary>
    private static bool CountryAt(IReadOnlyList<Mention> mentions, int k)
    {
        for (var j = 0; j < mentions.Count; j++)
            if (mentions[j] is { Kind: MentionKind.Country, IsGovernment: false } m && m.TokenStart <= k && m.TokenEnd > k) return true;
        return false;
    }

    /// <summary>
    /// "convention" and "charter" name a document only in a title ("the Montreux Convention", "the ASEAN Charter",
    /// "the Convention on the Law of the Sea") or when "the" refers back to one; lower-case they are a gathering or a lease
    /// (the pattern: a general noun is a document only when capitalised as its name).
    /// </summary>
    /// <summary>"Leaders' Statement": the apostrophe of a capitalised plural possessive.</summary>
    private static bool PossessiveOfATitleWord(List<Token> tokens, int k) =>
        k >= 1 && tokens[k].Text is "'" or "\u2019" && tokens[k - 1].IsCapitalized && tokens[k - 1].IsWord && tokens[k - 1].Text.EndsWith('s')
        && tokens[k - 1].End == tokens[k].Start;

    private static bool IsTitleOnlyNoun(List<Token> tokens, int i) => tokens[i].Lower is "convention" or "charter" or "consensus";

    /// <summary>"the Kigali Convention Centre" is a venue, "the National Convention" a party congress: neither is a document.</summary>
    private static readonly FrozenSet<string> VenueWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "centre", "center", "hall", "complex", "city", "grounds" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> AssemblyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "national", "party", "democratic", "republican", "constitutional", "annual" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsDocumentTitle(Sentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (i + 1 < tokens.Count && VenueWords.Contains(tokens[i + 1].Text)) return false;
        if (i > 0 && AssemblyWords.Contains(tokens[i - 1].Text)) return false;
        if (tokens[i].IsCapitalized && TitleAround(sentence, i) is not null) return true;
        // "the consensus among economists" is an opinion: only a titled Consensus is a document.
        // "the 1992 Consensus": a year right before the capitalised noun makes the two a title (see MadeProgrammeTitle.YearRightBefore).
        if (tokens[i].Lower == "consensus") return MadeProgrammeTitle.YearRightBefore(tokens, i);
        // "the charter had been drawn up ...", "the Convention": refers back to a titled one.
        return i > 0 && tokens[i - 1].Lower is "the" or "that" or "this";
    }

    /// <summary>
    /// "the MoU is not a treaty", "Turkey's role rests on an old treaty", "a treaty alliance": an indefinite "treaty" that nothing
    /// identifies (no title, year, date, topic, named sides, concluding verb) names no document the story tells (the pattern: a
    /// document exists in the graph only when the text says which one it is). A noun right after it makes it a modifier.
    /// </summary>
    private static bool IsUnidentifiedTreaty(List<Token> tokens, int i, string kind, bool definite, bool concluded, bool dated, string? title, string? topic)
    {
        if (kind != "treaty" || definite || concluded || dated || title is not null || topic is not null) return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Lower is "between" or "with" or "of" or "on" or "that" or "which") return false;
        return !Enumerable.Range(Math.Max(0, i - 12), i - Math.Max(0, i - 12)).Any(k => SigningVerb.IsAt(tokens, k) || UpholdingWords.Contains(tokens[k].Text));
    }

    private static readonly FrozenSet<string> IdeaNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "idea", "prospect", "possibility", "notion", "proposal", "concept" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the idea of a treaty, first floated in 2017, was revived", "the prospect of a deal": a document that is only an idea
    /// is not made, whatever date its clause holds (the pattern: what is proposed or imagined is no document yet).
    /// </summary>
    private static bool IsAnIdeaOf(List<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Lower == "of" && IdeaNouns.Contains(tokens[start - 2].Text) && tokens[start].Lower is "a" or "an";

    private static readonly FrozenSet<string> ListGlue = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ",", "and", ";", "as", "well", "plus" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "signed an intergovernmental agreement on X, an agreement on Y, and a separate agreement on Z": a document listed
    /// right after one the sentence concludes is concluded too, however far the verb (the pattern: the verb governs its
    /// whole list of objects). Only commas, "and" and "as well as" may stand between the two.
    /// </summary>
    private static bool ContinuesAConcludedList(List<Token> tokens, List<AgreementMention> found, int start)
    {
        if (found.Count == 0 || !found[^1].Concluded) return false;
        var previousEnd = found[^1].TokenEnd + (found[^1].Topic is null ? 0 : TopicLength(tokens, found[^1].TokenEnd));
        if (previousEnd > start || start - previousEnd > 10) return false;
        if (Enumerable.Range(previousEnd, start - previousEnd).All(k => ListGlue.Contains(tokens[k].Text))) return true;
        // "a memorandum on facilitating the import, export and movement of goods, and a memorandum on ...": the earlier
        // topic may run on past its first comma; the list goes on when ", and" or "," leads into this item and no
        // clause of its own (a verb of being or saying, a relative pronoun) stands between.
        return tokens[start - 1].Text is "and" or "," && !Enumerable.Range(previousEnd, start - previousEnd).Any(k => ClauseWords.Contains(tokens[k].Text) || ListEnds.Contains(tokens[k].Text));
    }

    private static readonly FrozenSet<string> DenyingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "without", "not", "never", "n't", "failed", "fail", "fails", "refused", "refuse", "refuses", "declined", "yet",
          // "Neither side agreed to a truce", "nobody signed a deal": a negative subject denies the verb as "not" does.
          "neither", "nor", "nobody", "none" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "leaving the White House without signing a deal", "failed to strike a deal", "did not sign the accord", "has yet to
    /// sign it": a concluding verb right before the document, itself denied (the pattern: a denied verb makes nothing).
    /// </summary>
    private static bool DeniedConclusion(List<Token> tokens, int start)
    {
        for (var v = start - 1; v >= 0 && v >= start - 3; v--)
        {
            if (!ConcludingVerbs.Contains(tokens[v].Text) && tokens[v].Lower is not ("strike" or "conclude" or "seal" or "ink")) continue;
            for (var k = v - 1; k >= 0 && k >= v - 3 && tokens[k].Text is not ("," or ";"); k--)
                if (DenyingWords.Contains(tokens[k].Text)) return true;
            return false;
        }
        return false;
    }

    private static readonly FrozenSet<string> NegotiationNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "negotiations", "negotiation", "talks", "discussions", "consultations" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "agreed to launch negotiations on a bilateral Free Trade Agreement", "talks towards a peace treaty", "to negotiate a
    /// deal": a document that is the object of negotiating is not yet made, whatever verb of agreeing stands before
    /// (the pattern: what is negotiated is not concluded).
    /// </summary>
    private static bool IsUnderNegotiation(List<Token> tokens, int start)
    {
        if (start >= 1 && tokens[start - 1].Lower is "negotiate" or "negotiating" or "negotiated") return true;
        // "negotiations over a Free Trade and Investment Agreement": the preposition may stand before the article and the title's
        // first words, which another reading may have taken apart (the pattern: the object of "talks on" is the whole phrase).
        var k = start - 1;
        while (k >= 1 && start - k <= TitleReach && (tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Lower is "a" or "an" or "the" or "and" or "of" or "new")) k--;
        return k >= 1 && tokens[k].Lower is "on" or "for" or "over" or "toward" or "towards" && NegotiationNouns.Contains(tokens[k - 1].Text);
    }

    /// <summary>How many words of an article and a title may stand between "talks on" and the document noun's phrase.</summary>
    private const int TitleReach = 8;

    private static readonly FrozenSet<string> ClauseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "is", "was", "were", "are", "will", "would", "said", "says", "has", "had", "have", "be", "been" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tokens of the topic phrase that starts right after a noun ending before <paramref name="from"/> ("on supplies of petroleum products").</summary>
    private static int TopicLength(List<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && k - from <= 15 && (!TopicStops.Contains(tokens[k].Text) || IsNumberSign(tokens, k))) k++;
        return k - from;
    }

    /// <summary>
    /// "officially titled the X", "called it the Y", "referred to it as the Z", "known as the W": the phrase gives another
    /// name to the document under discussion; it is no new document.
    /// </summary>
    private static bool IsRenaming(List<Token> tokens, int start)
    {
        // "the so-called Neutrality Treaty": the phrase itself says it is another name for a document already told.
        if (start + 1 < tokens.Count && tokens[start].Lower == "the" && (tokens[start + 1].Lower == "so-called"
            || start + 3 < tokens.Count && tokens[start + 1].Lower == "so" && tokens[start + 2].Text == "-" && tokens[start + 3].Lower == "called")) return true;
        var k = start - 1;
        // "called it the \"Miami joint declaration\"": the naming phrase ends before the quotation mark and its article.
        if (k >= 1 && tokens[k].Text is "\"" or "\u201c" or "'" or "\u2018")
        {
            k--;
            if (k >= 1 && tokens[k].Lower is "the" or "a") k--;
        }
        // "is already being called simply the Barbados Agreement", "known officially as": an adverb may stand in the naming phrase.
        var adverb = k >= 1 && NamingAdverbs.Contains(tokens[k].Text);
        if (adverb) k--;
        if (k < 0) return false;
        // "That agreement, formally the Joint Plan of Action": a naming adverb after a comma gives the document before its formal name.
        // "In the declaration -- formally the Joint Declaration of ...": a dash or bracket before the adverb does as the comma.
        if (adverb && tokens[k].Text is "," or "-" or "--" or "\u2014" or "\u2013" or "(" && tokens[k + 1].Lower is "formally" or "officially") return true;
        if (tokens[k].Lower is "titled" or "entitled" or "named" or "dubbed" or "termed" or "branded" or "christened") return true;
        // "The document carries the formal title \"X\"", "signed under the name Y": a title or name noun, perhaps qualified,
        // right before the name gives the document under discussion that name (the pattern: "the title X" is apposition).
        if (tokens[k].Lower is "title" or "name" && k >= 1 && (tokens[k - 1].Lower is "the" or "its"
            || k >= 2 && tokens[k - 1].Lower is "formal" or "official" or "full" or "working" or "long" && tokens[k - 2].Lower is "the" or "its")) return true;
        // "the Algiers Agreement (or Algiers accord)": an alternative offered in brackets is the same document's other name.
        if (tokens[k].Lower == "or" && k >= 1 && tokens[k - 1].Text == "(") return true;
        if (IsTitleCopula(tokens, k) || IsReleasedAs(tokens, k)) return true;
        if (tokens[k].Lower == "it" && k >= 1 && tokens[k - 1].Lower is "called" or "calls" or "call" or "calling" or "dubbed" or "named" or "titled") return true;
        // "London calls the document the X Accord", "dubbed the deal the X": a naming verb whose object is the
        // document itself, as "call it" is (the pattern: a naming verb with a document noun for its object gives that document a name).
        if (k >= 2 && tokens[k].Lower is "document" or "text" or "agreement" or "accord" or "deal" or "pact" or "treaty" && tokens[k - 1].Lower is "the" or "this"
            && tokens[k - 2].Lower is "called" or "calls" or "call" or "calling" or "dubbed" or "dub" or "dubs" or "named" or "name" or "names") return true;
        // "the Juba Agreement for Peace in Sudan, which delegates simply call the Juba Peace Agreement", "the accord, also called
        // the X": a naming verb in a relative or "also" clause gives the document just named another name.
        if (tokens[k].Lower is "call" or "calls" or "called" or "calling" or "dub" or "dubs" or "dubbed" &&
            // "the Chair's statement lists what it calls the Five-Point Consensus": "what" opens the naming clause as "which" does.
            (Enumerable.Range(Math.Max(0, k - 5), k - Math.Max(0, k - 5)).Any(j => tokens[j].Lower is "which" or "also" or "what")
             // "the Final Accord, which nearly every delegate in the room called the X", "which the ministers agreed last week to
             // call the Y": a relative clause may hold a long subject or a verb of deciding before its naming verb (see RelativeNamingClause).
             || RelativeNamingClause.Opens(tokens, k)
             // "is already being called the X", "was dubbed the Y": the passive names its subject.
             || k >= 1 && tokens[k - 1].Lower is "being" or "is" or "was" or "been" or "are" or "were")) return true;
        if (tokens[k].Lower == "as" && k >= 1 && (tokens[k - 1].Lower is "known" or "billed" || tokens[k - 1].Lower == "it" && k >= 2 && (tokens[k - 2].Lower is "to" or "refer" or "refers" or "referred" or "describe" or "described" or "describes"
            // "History remembers it as the X", "diplomats knew it as the Y": remembering or knowing a document as a name renames it.
            || RememberingVerbs.Contains(tokens[k - 2].Text)) || ReferredToAs(tokens, k))) return true;
        return false;
    }

    /// <summary>
    /// "referred to as the X", "referred to by officials as the Y", "known to everyone in the region simply as the Z": a passive
    /// "referred to" or "known", its agent or audience perhaps between, then "as" renames the document (the pattern: a naming
    /// phrase joins two names).
    /// </summary>
    private static bool ReferredToAs(List<Token> tokens, int asAt)
    {
        for (var j = asAt - 1; j >= 1 && j >= asAt - 8 && tokens[j].Text is not ("," or "." or ";" or "\u2014" or "\u2013" or "--"); j--)
            if (tokens[j].Lower == "to" && tokens[j - 1].Lower is "referred" or "refers" or "refer" || tokens[j].Lower == "known") return true;
        return false;
    }

    private static readonly FrozenSet<string> RememberingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "remember", "remembers", "remembered", "know", "knows", "knew", "recall", "recalls", "recalled" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NamingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "titled", "entitled", "known", "called", "named", "styled", "dubbed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The Harbour Accord, as the document is formally titled, sets out ...", "the Pact of Steel, as it was known":
    /// a clause right after a title that says the document (or "it") is so titled gives the document told before its name
    /// (the pattern: a trailing naming clause, "as the text is called", renames the document under discussion).
    /// </summary>
    private static bool RenamedInTrailingClause(List<Token> tokens, int nameEnd)
    {
        var k = nameEnd;
        if (k + 3 >= tokens.Count || tokens[k].Text != "," || tokens[k + 1].Lower != "as") return false;
        k += 2;
        if (tokens[k].Lower == "it") k++;
        else if (tokens[k].Lower is "the" or "this" or "that" && (AgreementKinds.KindOf(tokens[k + 1].Lower, tokens[k].Lower) is not null || tokens[k + 1].Lower is "document" or "text")) k += 2;
        else return false;
        if (k >= tokens.Count || tokens[k].Lower is not ("is" or "was" or "has" or "had" or "became" or "becomes")) return false;
        k++;
        while (k < tokens.Count && (NamingAdverbs.Contains(tokens[k].Text) || tokens[k].Lower is "been" or "become" or "now")) k++;
        return k < tokens.Count && NamingParticiples.Contains(tokens[k].Text);
    }

    private static readonly FrozenSet<string> NameNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "title", "name" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Its full title is the X", "Its formal title, in the copies released by the court, is the Y", "The official title of the
    /// document is the Z": a sentence about a
    /// document's title names it (the pattern: "its title is" renames the document under discussion).
    /// </summary>
    private static bool IsTitleCopula(List<Token> tokens, int k)
    {
        if (tokens[k].Lower is not ("is" or "was")) return false;
        for (var j = k - 1; j >= 1 && j >= k - 20 && tokens[j].Text is not (";" or "."); j--)
        {
            // "The document's official name is the X": the document the title belongs to is the one under discussion, not another.
            if (AgreementKinds.KindOf(tokens[j].Lower, tokens[j - 1].Lower) is not null) return j >= 3 && tokens[j - 1].Lower is "the" or "its" or "this"
                && tokens[j - 2].Lower == "of" && NameNouns.Contains(tokens[j - 3].Text) && j - 3 >= 1 && tokens[j - 4].Lower is "the" or "its" or "formal" or "full" or "official";
            if (NameNouns.Contains(tokens[j].Text) && tokens[j - 1].Lower is "its" or "formal" or "full" or "official") return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> PublishingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "released", "published", "issued", "presented", "unveiled", "circulated" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The document, released by the Mexican government as the Declaration of North America, ...": a participle of publishing
    /// set off after a document, then "as the X", gives that document its name (the pattern: published as = named).
    /// </summary>
    private static bool IsReleasedAs(List<Token> tokens, int k)
    {
        if (tokens[k].Lower != "as") return false;
        for (var j = k - 1; j >= 1 && j >= k - 7; j--)
        {
            if (tokens[j].Text is ";" or "." || tokens[j].Text == "," && j < k - 1) return false;
            if (PublishingVerbs.Contains(tokens[j].Text)) return tokens[j - 1].Text == "," && AnyDocumentBetween(tokens, Math.Max(1, j - 6), j);
        }
        return false;
    }

    private static readonly FrozenSet<string> NamingAdverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "simply", "also", "now", "often", "officially", "formally", "informally", "widely", "popularly", "commonly" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AgoUnits = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "year", "years", "decade", "decades", "month", "months" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "a declaration issued nearly 30 years ago", "the accord two decades ago": an elapsed-time phrase in the
    /// noun's clause places the document in the past, so no meeting the article reports concluded it.
    /// </summary>
    private static bool PlacedInThePast(List<Token> tokens, int noun)
    {
        for (var k = noun + 1; k < tokens.Count && k <= noun + 15 && tokens[k].Text is not (";" or "."); k++)
            if (tokens[k].Lower == "ago" && AgoUnits.Contains(tokens[k - 1].Text)) return true;
        for (var k = noun - 1; k >= 1 && k >= noun - 8 && tokens[k].Text is not ("," or ";"); k--)
            if (tokens[k].Lower == "ago" && AgoUnits.Contains(tokens[k - 1].Text)) return true;
        return false;
    }

    /// <summary>"The two leaders signed a declaration": each signed it. Adopting or issuing one is approval together, not signing.</summary>
    private static readonly FrozenSet<string> IssuingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "signed", "inked" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"a peace accord between Thailand and Cambodia", "an agreement with the United States": the parties the phrase itself names.</summary>
    /// <summary>
    /// "between Imperial Varland and Ostrania", "between Tsarist Russia and Persia": a side of a recalled document may
    /// carry a capitalised epithet of its regime or era that names nothing by itself; the country after it is still the side
    /// (the pattern: history writing qualifies a state by its regime, the listed sides running on past the epithet).
    /// </summary>
    private static bool QualifiedSide(List<Token> tokens, IReadOnlyList<Mention> mentions, int word)
        => tokens[word].IsWord && tokens[word].IsCapitalized && tokens[word].Lower is not ("and" or "the" or "between" or "with")
           && !mentions.Any(m => m.TokenStart <= word && word < m.TokenEnd);

    /// <summary>
    /// "an agreement between Norland, the IMF and the Governments of Estra and Velia": in a "between" list, a non-state
    /// co-signer (an organisation named as a list item) and the words "the Government(s) of" before states are items or
    /// qualifiers of the list, not its end (the pattern: aid and loan agreements list a lender or agency beside the states, and
    /// formal texts name states by their governments). The token past the item, or null when none starts here.
    /// </summary>
    private static int? NonStateItemEnd(List<Token> tokens, IReadOnlyList<Mention> mentions, int word)
    {
        if (word + 1 < tokens.Count && tokens[word].Lower is "government" or "governments" && tokens[word + 1].Lower == "of") return word + 2;
        var organisation = mentions.FirstOrDefault(m => m.Kind == MentionKind.Organization && m.TokenStart == word);
        var end = organisation?.TokenEnd ?? tokens.Count;
        // Only a list item: followed by the list's "and" or a comma going on to another item, not by ", and" that may open a clause.
        if (end + 1 >= tokens.Count || !(tokens[end].Lower == "and" || tokens[end].Text == "," && tokens[end + 1].Lower != "and")) return null;
        // "a truce between Norland and the Front, Estra's envoys said": an organisation after the list's "and" (or right after
        // "with", "an accord with the Bank, the Fund ...") is no middle item, so the list ends with it.
        var before = word - 1;
        while (before > 0 && tokens[before].Lower == "the") before--;
        return tokens[before].Lower is "between" or "," ? end : null;
    }

    /// <summary>Words that open an aside describing a listed side ("France, then the colonial power, and ...").</summary>
    private static readonly FrozenSet<string> AsideOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "then", "now", "still", "once", "itself", "the", "a", "an", "which", "whose", "at" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "an 1899 treaty between Britain, at the time the ruler of Burma, and China": an aside set off by commas after a
    /// listed side describes that side; the list goes on after its ", and", and a country named inside the aside is no side
    /// (the pattern: history writing glosses a side of an old document in passing). The token after the "and", or null.
    /// </summary>
    private static int? SideAsideEnd(List<Token> tokens, int afterSide)
    {
        if (afterSide + 1 >= tokens.Count || tokens[afterSide].Text != "," || !AsideOpeners.Contains(tokens[afterSide + 1].Text)) return null;
        for (var k = afterSide + 2; k + 1 < tokens.Count && k <= afterSide + 12; k++)
        {
            if (tokens[k].Text == "," && tokens[k + 1].Lower == "and") return k + 2;
            if (!tokens[k].IsWord && tokens[k].Text is not ("-" or "'s")) return null;
        }
        return null;
    }

    private static IEnumerable<string> PartiesNamedAfter(List<Token> tokens, int noun, IReadOnlyList<Mention> mentions)
    {
        var lead = noun + 1;
        // "the Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela": the sides follow the full title.
        if (tokens[noun].IsCapitalized)
            while (lead < tokens.Count && lead <= noun + 10 && (tokens[lead].IsCapitalized && tokens[lead].IsWord || tokens[lead].Lower is "of" or "for" or "and" or "on" or "the" or "-")) lead++;
        // "a shorter declaration of peace and cooperation between Israel and Bahrain": the sides may follow a short lower-case topic.
        if (!tokens[noun].IsCapitalized && lead < tokens.Count && tokens[lead].Lower is "of" or "on")
        {
            var k = lead + 1;
            while (k < tokens.Count && k <= lead + 8 && (tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("between" or "with" or "which" or "that") || tokens[k].Text == ",")) k++;
            if (k < tokens.Count && tokens[k].Lower == "between") lead = k;
        }
        if (lead >= tokens.Count || tokens[lead].Lower is not ("between" or "with")) return [];
        // A long list ("between A, the IMF and the Governments of B, C, D, E and F") runs past a fixed short window; the
        // list still ends at its first gap.
        var countries = mentions.Where(m => m.Kind == MentionKind.Country && m.EntityId is not null && m.TokenStart > lead && m.TokenStart <= lead + 48)
            .OrderBy(m => m.TokenStart).ToList();
        var named = new List<string>();
        var expected = lead + 1;
        foreach (var c in countries)
        {
            while (expected < c.TokenStart && tokens[expected].Lower is "the" or "and" or ",") expected++;
            while (expected < c.TokenStart && NonStateItemEnd(tokens, mentions, expected) is { } past)
            {
                expected = past;
                while (expected < c.TokenStart && tokens[expected].Lower is "the" or "and" or ",") expected++;
            }
            if (c.TokenStart < expected) continue;
            if (c.TokenStart == expected + 1 && QualifiedSide(tokens, mentions, expected)) expected++;
            if (c.TokenStart != expected) break;
            named.Add(c.EntityId!);
            expected = SideAsideEnd(tokens, c.TokenEnd) ?? c.TokenEnd;
        }
        return named.Distinct();
    }

    /// <summary>
    /// "the Doha protocol", "the Bishkek Protocol", "the Washington Treaty": a city in the document's name says where it
    /// was made, not who is bound by it.
    /// </summary>
    private static bool NamesTheDocument(List<Token> tokens, Mention country)
    {
        if (!country.IsGovernment) return false;
        if (PlaceInTheTitle.At(tokens, country)) return true;
        for (var k = country.TokenEnd; k < tokens.Count && k <= country.TokenEnd + 2; k++)
        {
            // "the Lusaka accords": a plural names the place's documents the same way.
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null || tokens[k].Lower is "accords" or "agreements") return true;
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }

    /// <summary>
    /// A country named as where or as a commentator, not who is bound: the dateline's ("JEDDAH, Saudi Arabia - X and Y signed ...") and a capital in a
    /// place phrase ("signed in a conference hall of a Doha hotel"). A place of signing binds nobody.
    /// </summary>
    private static readonly FrozenSet<string> CommentingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "called", "calls", "said", "says", "described", "describes", "welcomed", "welcomes", "praised", "praises", "hailed", "hails", "dubbed", "named",
            // The rest of the verbs of telling and remarking: "X told reporters the accord built on ...", "Y noted that the treaty ...".
            "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses", "argued", "argues", "insisted", "insists", "warned", "warns",
            "explained", "explains", "remarked", "remarks", "commented", "comments", "observed", "observes", "cautioned", "cautions", "predicted", "predicts",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"the Spanish text of the memorandum", "the Spanish abbreviation", "Israeli media": a nationality word that names a language or a press.</summary>
    private static readonly FrozenSet<string> LanguageOrPressNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "text", "texts", "version", "versions", "translation", "abbreviation", "acronym", "name", "word", "words", "language", "original", "press", "media", "newspaper", "newspapers", "daily", "television" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool WhereNotWho(List<Token> tokens, Mention country)
    {
        // A language or a press is not a side: "the Spanish text of the memorandum" binds no Spain.
        if (country.IsDemonym && country.TokenEnd < tokens.Count && LanguageOrPressNouns.Contains(tokens[country.TokenEnd].Text)) return true;
        // "in the Moroccan seaside town of X", "at the Egyptian resort of Y": a nationality that only places a town is where the
        // document was made, not a side (the pattern: a demonym before a settlement noun describes a place).
        if (country.IsDemonym && PlacesASettlement(tokens, country.TokenEnd)) return true;
        // "signed in the Belvarian capital, Ostra", "signed in Ostra": a capital set in apposition to a settlement noun or after
        // "in" or "at" names where, not the government it may elsewhere stand for (see CapitalAsPlace).
        if (country.IsGovernment && CapitalAsPlace.At(tokens, country.TokenStart)) return true;
        // "Saudi officials called the document ...", "China welcomed the accord": who comments on a document is not bound by it.
        for (var k = country.TokenEnd; k < tokens.Count && k <= country.TokenEnd + 2; k++)
        {
            if (CommentingVerbs.Contains(tokens[k].Text)) return true;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) break;
        }
        // "New Zealand Prime Minister Christopher Luxon welcomed the agreement", "US Secretary of State Antony Blinken said":
        // the country of a commentator named with title and name (the pattern: who comments is not bound, however introduced).
        var j = country.TokenEnd;
        while (j < tokens.Count && j <= country.TokenEnd + 8 && (tokens[j].IsCapitalized && tokens[j].IsWord || tokens[j].Lower is "of" or "for" or "'s" or "’s")) j++;
        if (j > country.TokenEnd + 1 && j < tokens.Count && CommentingVerbs.Contains(tokens[j].Text)) return true;
        // "Norway, which hosted the talks, welcomed the accord", "Peru and Chile have said they support it": a longer subject (see CommentatorSubject).
        if (CommentatorSubject.At(tokens, country, CommentingVerbs)) return true;
        // "CITY, Country -": an upper-case town (and its country) before a dash opening the sentence.
        var dash = Enumerable.Range(1, Math.Min(7, tokens.Count - 1)).FirstOrDefault(k => tokens[k].Text is "-" or "—" or "–");
        var inDateline = dash > 0 && country.TokenEnd <= dash && Enumerable.Range(0, dash).Any(k => IsUpperCaseWord(tokens[k].Text));
        if (inDateline) return true;
        if (!country.IsGovernment) return false;
        for (var k = country.TokenStart - 1; k >= 0 && k >= country.TokenStart - 6; k--)
        {
            if (tokens[k].Lower is "in" or "at") return true;
            if (!(tokens[k].Lower is "a" or "an" or "the" or "of" || tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower.Length > 2 && !tokens[k].Lower.EndsWith("ed"))) return false;
        }
        return false;
    }

    /// <summary>
    /// "the Libyan agreement signed in Skhirat, Morocco", "signed at the Vatican": a country's own name right after "in" or
    /// "at", or after a town and its comma, is where the document was made, not a side (the pattern: a place phrase binds
    /// nobody, as the capital in one does). A nationality word ("in Italian") is left to the rules above.
    /// </summary>
    private static bool NamedAsThePlace(List<Token> tokens, Mention country)
    {
        if (country.IsDemonym || country.IsGovernment) return false;
        var k = country.TokenStart - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        if (k >= 0 && tokens[k].Text == ",")
        {
            // "in Skhirat, Morocco": one to three capitalised words of the town, then "in" or "at".
            var town = k - 1;
            while (town >= 0 && town >= k - 3 && tokens[town].IsWord && tokens[town].IsCapitalized) town--;
            if (town == k - 1) return false;
            k = town;
            // "a ministerial meeting in Sintra, Portugal": a town and its country after "in" or "at" say where, whatever was done there.
            if (k >= 0 && tokens[k].Lower is "in" or "at") return true;
        }
        // Only the place of a making verb right before ("signed in", "was adopted at"): "known in China as", "the war in Yemen" place nothing made.
        if (k >= 1 && tokens[k].Lower is "in" or "at" && MakingParticiples.Contains(tokens[k - 1].Text)) return true;
        return k >= 2 && tokens[k].Lower is "in" or "at" && PlaceAfterTheAgent(tokens, k);
    }

    /// <summary>
    /// "adopted by the bloc's leaders in Belvaria", "signed by the two foreign ministers at Ostra": the place phrase of a
    /// making participle whose "by" agent comes first is still where the document was made (the pattern: a passive making
    /// tells its agent, then its place), so the country there is no more a side than right after the verb.
    /// </summary>
    private static bool PlaceAfterTheAgent(List<Token> tokens, int preposition)
    {
        for (var b = preposition - 1; b >= 1 && b >= preposition - 7 && tokens[b].Text is not ("," or ";" or ":" or "." or "—"); b--)
            if (tokens[b].Lower == "by") return MakingParticiples.Contains(tokens[b - 1].Text);
        return false;
    }

    /// <summary>The participles of making a document, all of that meaning, that a place phrase may follow.</summary>
    private static readonly FrozenSet<string> MakingParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "signed", "adopted", "agreed", "concluded", "reached", "negotiated", "initialled", "initialed", "inked", "sealed", "struck", "brokered", "drafted", "drawn", "issued", "approved", "endorsed", "finalised", "finalized", "made" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words for a settlement that a nationality may place ("the Saudi city of", "the Qatari capital").</summary>
    private static readonly FrozenSet<string> SettlementNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "city", "town", "port", "village", "resort", "capital" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A settlement noun at <paramref name="k"/>, up to two lower-case words before it ("seaside town", "Red Sea port" not).</summary>
    private static bool PlacesASettlement(List<Token> tokens, int k)
    {
        for (var j = k; j < tokens.Count && j <= k + 2 && tokens[j].IsWord && !tokens[j].IsCapitalized; j++)
            if (SettlementNouns.Contains(tokens[j].Text)) return true;
        return false;
    }

    private static bool IsUpperCaseWord(string text) => text.Length >= 3 && WordCase.IsAllCapitals(text);

    private static bool OnlyNewAmongWishes(List<Token> tokens, int noun)
    {
        for (var k = Math.Max(0, noun - 6); k < noun; k++)
            if (WishWords.Contains(tokens[k].Text) && tokens[k].Lower != "new") return false;
        return true;
    }

    private static readonly FrozenSet<string> ThirdPartyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mediated", "mediating", "mediation", "mediator", "mediators", "brokered", "brokering", "facilitated", "facilitator", "facilitators",
        "witnessed", "witnesses", "witness", "guarantor", "guarantors", "observer", "observers", "hosted", "host", "presence",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "an accord between A and B, brokered by C", "with D and E as guarantors", "in the presence of F": mediators,
    /// hosts, witnesses and guarantors stand beside a document; they are not bound by it.
    /// </summary>
    private static bool IsThirdParty(List<Token> tokens, Mention country)
    {
        for (var k = country.TokenStart - 1; k >= 0 && k >= country.TokenStart - 6 && tokens[k].Text is not ("," or ";" or "."); k--)
            if (ThirdPartyWords.Contains(tokens[k].Text)) return true;
        // "with Norway and Cuba as guarantors": the role follows the list.
        for (var k = country.TokenEnd; k < tokens.Count && k <= country.TokenEnd + 6 && tokens[k].Text is not (";" or "."); k++)
        {
            if (tokens[k].Lower == "as" && k + 1 < tokens.Count && ThirdPartyWords.Contains(tokens[k + 1].Text)) return true;
            if (tokens[k].Text == "," ) break;
        }
        return InListOfThirdParties(tokens, country.TokenStart) || CircumstanceOfTheSigning.At(tokens, country) || InAMediatorsApposition(tokens, country);
    }

    /// <summary>
    /// "under the facilitation of Sir Tom Ndlovu, the former president of Belvaria", "mediated by Ana Ruiz, the foreign
    /// minister of Tarvia": a country named in the apposition of a mediator's office ("the former president of C") is the
    /// mediator's, told by the office he holds or held, not a side (the pattern: an apposition describes the name before it,
    /// so the role of that name is the country's role).
    /// </summary>
    private static bool InAMediatorsApposition(List<Token> tokens, Mention country)
    {
        var k = country.TokenStart - 1;
        if (k < 0 || tokens[k].Lower != "of") return false;
        // Back over the office ("the former president", "a special envoy") to the comma that opens the apposition.
        var comma = k - 1;
        while (comma >= 0 && comma >= k - 4 && tokens[comma].IsWord && tokens[comma].Text != ",") comma--;
        if (comma < 1 || tokens[comma].Text != "," || comma == k - 1 || tokens[comma + 1].Lower is not ("the" or "a" or "former")) return false;
        // The name the apposition describes follows a mediator's word within a few words, in the same clause.
        for (var j = comma - 1; j >= 0 && j >= comma - 8 && tokens[j].Text is not ("," or ";" or "." or ":"); j--)
            if (ThirdPartyWords.Contains(tokens[j].Text) || tokens[j].Lower == "facilitation") return true;
        return false;
    }

    /// <summary>
    /// "before three observers: the Italian, German and Swiss ministers", "watched by the guarantors — A, B and C": every
    /// item of a list that a role noun opens with a colon or a dash holds that role, however far down the list (the pattern:
    /// a list introduced by a heading word is of that word's kind). The scan stops at the end of a clause or at a colon or
    /// dash that no role noun opens.
    /// </summary>
    private static bool InListOfThirdParties(List<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 1; k--)
        {
            if (tokens[k].Text is ";" or ".") return false;
            // A dash joining two words ("Egypt–Israel") opens nothing: only a colon or a dash set apart by a space does.
            if (!(tokens[k].Text == ":" || tokens[k].Text is "—" or "–" or "-" && tokens[k].Start > tokens[k - 1].Start + tokens[k - 1].Text.Length)) continue;
            for (var j = k - 1; j >= 0 && j >= k - 4 && tokens[j].Text is not ("," or ";" or "."); j--)
                if (ThirdPartyWords.Contains(tokens[j].Text)) return true;
            return false;
        }
        return false;
    }

    /// <summary>"a deal to ..." / "a plan to ...": an agreement only when someone reached or announced it.</summary>
    private static readonly FrozenSet<string> EndingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "ended", "ends", "closed", "closes", "concluded", "concludes", "culminated", "culminates", "wrapped", "finished",
          "ending", "closing", "concluding", "wrapping", "emerged", "emerging" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far before "with" the ending verb of <see cref="GatheringEndedWith"/> may stand, its object and adjuncts between.</summary>
    private const int EndingVerbReach = 20;

    /// <summary>
    /// "The summit ended with the Lagos Declaration", "talks closed with a joint communique": what a gathering ends with
    /// is what it issued (the pattern: the closing act of a meeting is its product), so the document is concluded.
    /// </summary>
    internal static bool GatheringEndedWith(List<Token> tokens, int phraseStart)
    {
        var with = phraseStart - 1;
        if (with < 1 || tokens[with].Lower != "with") return false;
        var verb = with - 1;
        if (tokens[verb].Lower == "up" && verb > 0) verb--;
        if (EndingVerbs.Contains(tokens[verb].Text)) return true;
        // "The premiers closed their talks at the palace late on Monday with a joint declaration", "ended a three-day
        // forum ... with a communique", "emerged from the fortress with two joint statements": the gathering the
        // verb ends, and where and when, may stand between it and "with" (the pattern: a report names the meeting it closes
        // before what it closed with). The clause is not crossed, and a passive ending verb ("it has been concluded in
        // conformity with the Convention") has the document itself as subject, not a gathering that ended with another.
        for (var k = with - 1; k >= 0 && k >= with - EndingVerbReach; k--)
        {
            if (tokens[k].Text is "." or "," or ";" or ":" or "\"" or "“" or "”" || tokens[k].Lower is "which" or "who" or "that" or "but" or "while") return false;
            if (EndingVerbs.Contains(tokens[k].Text)) return k == 0 || tokens[k - 1].Lower is not ("been" or "was" or "were" or "is" or "are" or "be" or "being");
        }
        return false;
    }

    private static bool IsObjectOfAgreeing(List<Token> tokens, int i) => Any(tokens, i - 6, i, ConcludingVerbs);

    /// <summary>"Japan's colonial rule" names Japan but not as a party.</summary>
    /// <summary>
    /// "Morocco's 2007 autonomy plan", "Japan's new trade pact": a country whose possessive stands right before the document's
    /// phrase owns the document, whatever words (a year, a topic) come between the possessive and the document noun.
    /// </summary>
    private static bool OwnsThePhrase(List<Token> tokens, Mention m, int documentStart) =>
        m.TokenEnd == documentStart - 1 && tokens[m.TokenEnd].Text is "'s" or "’s";

    private static string? OwnerOf(List<Token> tokens, IReadOnlyList<Mention> mentions, int documentStart) =>
        mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && m.EntityId is not null && OwnsThePhrase(tokens, m, documentStart))?.EntityId;

    private static bool IsPossessiveOfOther(List<Token> tokens, Mention m) =>
        m.TokenEnd + 1 < tokens.Count && tokens[m.TokenEnd].Text is "'s" or "’s" &&
        AgreementKinds.KindOf(tokens[m.TokenEnd + 1].Lower, null) is null && tokens[m.TokenEnd + 1].Lower is not ("joint" or "agreement");

    private static int PhraseStart(List<Token> tokens, int noun)
    {
        var i = noun;
        // "the 1973 Iraq-Turkey Crude Oil Pipeline Agreement": a long title's words (and the year before it) all belong
        // to the phrase, past the five words a common-noun phrase is given (the pattern: a title is read whole).
        while (i > 0 && (noun - i < 5 || noun - i < 10 && InTitle(tokens[i], tokens[i - 1])))
        {
            var t = tokens[i - 1];
            if (Determiners.Contains(t.Text)) return i - 1;
            // "the signed declaration": the participle is an adjective of the noun (see MadeParticipleBeforeTheNoun).
            if (MadeParticipleBeforeTheNoun.At(tokens, i - 1, noun)) { i--; continue; }
            if (!t.IsWord && t.Text != "-" && !IsTightDash(tokens, i - 1) || Lexicon.NotNames.Contains(t.Text) || ConcludingVerbs.Contains(t.Text) && !SettledTextWord(tokens, i - 1, noun) || UpholdingWords.Contains(t.Text)) break;
            i--;
        }
        return i;
    }

    /// <summary>
    /// "the Nauru–Australia Treaty": an en or em dash set close between two capitalised words joins the sides' names inside a
    /// title as a hyphen does; one with spaces around it ("the treaty – signed ...") is punctuation (the pattern: typeset
    /// compounds of two names).
    /// </summary>
    private static bool IsTightDash(List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Text is "–" or "—" && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord
        && tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End;

    private static bool InTitle(Token inPhrase, Token before) =>
        inPhrase.IsCapitalized && inPhrase.IsWord || inPhrase.Text == "-" || before.Text.Length == 4 && before.Text.All(char.IsDigit);

    private static string? TitleAround(Sentence sentence, int noun) => TitleSpan(sentence, noun).Title;

    /// <summary>The capitalised title around the noun and the token just past it (0 when there is none).</summary>
    /// <summary>"the Treaty on the Non-Proliferation of Nuclear Weapons": a hyphen between two capitalised words is inside the title.</summary>
    /// "the Treaty on Radar/Sonar Ranges": a slash between two capitalised words joins them the same way.
    private static bool HyphenInTitle(List<Token> tokens, int k) =>
        tokens[k].Text is "-" or "/" && k > 0 && tokens[k - 1].IsCapitalized && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord;

    /// <summary>
    /// "the Charter of Punta del Este", "the Rio de Janeiro Protocol": a lower-case particle of a place name (de, del, da, do)
    /// between two capitalised words is inside the title (the pattern: Romance place names keep their particle in an English
    /// title, where a lower-case word would otherwise end it).
    /// </summary>
    private static bool PlaceParticleInTitle(List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Text is "de" or "del" or "da" or "do" or "dos" or "das"
        && tokens[k - 1].IsCapitalized && tokens[k - 1].IsWord && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord
        || ArabicArticleInTitle(tokens, k) || k > 0 && tokens[k].Text == "-" && ArabicArticleInTitle(tokens, k - 1);

    /// <summary>
    /// "the Sharm el-Sheikh Memorandum", "the Dar es Salaam Declaration": an Arabic or Swahili article of a place name (el-, al-,
    /// ash- joined by a hyphen to the next name word; "es" between two names) inside a title keeps the title whole (the pattern:
    /// such place names keep their lower-case article in English, where a lower-case word would otherwise end the title).
    /// </summary>
    private static bool ArabicArticleInTitle(List<Token> tokens, int k)
    {
        if (k <= 0 || k + 1 >= tokens.Count || !tokens[k - 1].IsCapitalized || !tokens[k - 1].IsWord) return false;
        if (tokens[k].Text == "es") return tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord;
        return tokens[k].Text is "el" or "al" or "ash" or "ad" or "ar" or "ed" or "ul" && k + 2 < tokens.Count && tokens[k + 1].Text == "-"
               && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Start == tokens[k + 1].End && tokens[k + 2].IsCapitalized && tokens[k + 2].IsWord;
    }

    private static (string? Title, int End) TitleSpan(Sentence sentence, int noun)
    {
        var tokens = sentence.Tokens;
        if (!tokens[noun].IsCapitalized) return (null, 0);
        var start = TitleStart(tokens, noun);
        var end = noun + 1;
        // "the Protocol Amending the ...": the noun's own capitalised words first, so that a link after them is read too.
        while (end < tokens.Count && (tokens[end].IsCapitalized && tokens[end].IsWord || HyphenInTitle(tokens, end) || PlaceParticleInTitle(tokens, end))) end++;
        // "between X and Y" names the parties, not the document: the title stops before it, so that
        // "the Joint Declaration between A and B" and "the Joint Declaration" are one agreement.
        // "signed the X Declaration on Tuesday": a day or month after "on" dates the signing; it is no part of the title.
        // "the Agreement on the Resolution of the Conflict in ...", "a Roadmap for the Development of Regional Cooperation": a
        // capitalised phrase after "on the", "of the", "for the" goes on with the title (the pattern: a formal title runs on
        // through its own articles; a lowercase word ends it).
        // The small words that join a formal title's runs are read by FormalTitleLinks.
        var linked = false;
        while (end + 1 < tokens.Count && FormalTitleLinks.NextRun(tokens, end, linked) is var next and >= 0)
        {
            linked = true;
            end = next + 1;
            while (end < tokens.Count && (tokens[end].IsCapitalized && tokens[end].IsWord || HyphenInTitle(tokens, end) || PlaceParticleInTitle(tokens, end))) end++;
        }
        while (end < tokens.Count && (tokens[end].IsCapitalized && tokens[end].IsWord || HyphenInTitle(tokens, end) || PlaceParticleInTitle(tokens, end))) end++;
        if (start > 0 && noun == start && end == noun + 1 && start == 0) return (null, 0); // sentence-initial common noun
        // "The Stockholm Declaration ..." opening a sentence: the article is no part of the title.
        if (tokens[start].Text is "The" or "A" or "An" && start < noun) start++;
        var words = end - start;
        if (words < 2 || HeadlineCapitals.AllCapitals(tokens, start, end)) return (null, 0);
        return (sentence.Text[tokens[start].Start..tokens[end - 1].End], end);
    }

    /// <summary>Whether a title that runs past its noun at <paramref name="noun"/> up to <paramref name="titleEnd"/> got there through a governing participle.</summary>
    private static bool TitleRunsThroughAnotherNoun(List<Token> tokens, int noun, int titleEnd)
    {
        for (var k = noun + 1; k + 1 < titleEnd; k++)
            if (tokens[k + 1].Text == "the" && FormalTitleLinks.GovernsAnObject(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>Where a capitalised title ending in the noun at <paramref name="noun"/> starts: its words, hyphens and inner "of".</summary>
    private static int TitleStart(List<Token> tokens, int noun)
    {
        var start = noun;
        while (start > 0 && (tokens[start - 1].IsCapitalized && tokens[start - 1].IsWord || PlaceParticleInTitle(tokens, start - 1) || tokens[start - 1].Text == "-" || IsTightDash(tokens, start - 1) || tokens[start - 1].Text is "of" && start > 1 && tokens[start - 2].IsCapitalized)) start--;
        return start;
    }

    private static (string? Topic, int End) TopicAfter(Sentence sentence, int noun)
    {
        var tokens = sentence.Tokens;
        var i = noun + 1;
        // "the treaty establishing the Velorian Economic Union": a founding participle and its object describe the document (see FoundingParticiple).
        if (FoundingParticiple.End(tokens, i) is var founded and > 0) return (sentence.Text[tokens[i].Start..tokens[founded - 1].End], founded);
        // "a declaration of principles", "a declaration of peace and cooperation": "of" and a bare noun give a declaration's
        // subject, as "on" does; "the declaration of the summit" names its maker, not its subject.
        var ofSubject = i + 1 < tokens.Count && tokens[noun].Lower == "declaration" && tokens[i].Lower == "of" && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized
                        && !Determiners.Contains(tokens[i + 1].Text);
        if (i >= tokens.Count || tokens[i].Lower is not ("on" or "for" or "to") && !ofSubject) return (null, i);
        if (i + 1 < tokens.Count && Months.IsMonthOrWeekday(tokens[i + 1].Text)) return (null, i); // "on Monday" dates it, it is no topic
        var end = i + 1;
        while (end < tokens.Count && end - i <= 14 && !EndsTopic(tokens, end))
        {
            if (!TopicStops.Contains(tokens[end].Text) || IsNumberSign(tokens, end)) { end++; continue; }
            // "on economic, trade, investment and cultural cooperation": a list of bare words runs on (see TopicWordList).
            if (TopicWordList.End(tokens, i, end) is var listEnd && listEnd > end) { end = listEnd; continue; }
            // "on economic and technical cooperation": a short coordinated field runs through its "and" (see TopicConjunct).
            if (TopicConjunct.End(tokens, i, end) is var conjunctEnd && conjunctEnd > end) { end = conjunctEnd; continue; }
            break;
        }
        // "the joint statement on the Lobito Corridor in which ...": a preposition left before the stop leads the next clause.
        var last = end;
        while (last - 1 > i + 1 && TrailingPrepositions.Contains(tokens[last - 1].Text)) last--;
        return last - i < 2 ? (null, i) : (sentence.Text[tokens[i].Start..tokens[last - 1].End], end);
    }

    /// <summary>"the Thermal Power Plant No. 3": the stop of "No." before a number is no end of the topic.</summary>
    private static bool IsNumberSign(List<Token> tokens, int k) =>
        tokens[k].Text == "." && k > 0 && tokens[k - 1].Text is "No" or "no" && k + 1 < tokens.Count && tokens[k + 1].Text.Length > 0 && char.IsDigit(tokens[k + 1].Text[0]);

    private static readonly FrozenSet<string> TrailingPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "in", "on", "at", "of", "for", "to", "by", "with" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> TopicEndingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "was", "were", "is", "are", "will", "would", "has", "had", "signed", "at" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "an agreement on migration on Monday afternoon at Palazzo Chigi", "a memorandum on maritime cooperation was signed
    /// by ...": the topic of a document ends where its clause's verb, a place phrase or a date begins (the pattern: what a
    /// document is about is a noun phrase, not the rest of the sentence).
    /// </summary>
    private static bool EndsTopic(List<Token> tokens, int k) =>
        TopicEndingWords.Contains(tokens[k].Text) ||
        tokens[k].Lower is "on" or "in" && k + 1 < tokens.Count && (Months.IsMonthOrWeekday(tokens[k + 1].Text) || tokens[k + 1].Text.Length == 4 && tokens[k + 1].Text.All(char.IsDigit));

    /// <summary>Words that tell a signed text as the one settled, not a draft: "initialled the agreed text", "signed the final text".</summary>
    private static readonly FrozenSet<string> SettledTextWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "agreed", "final", "same", "full", "bound" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the agreed text": a word telling a text settled, between a determiner and "text", modifies the noun and is no verb
    /// concluding it (so the phrase keeps its "the" and points back to the document; see <see cref="TextObjectStart"/>).
    /// </summary>
    private static bool SettledTextWord(List<Token> tokens, int k, int noun) =>
        k == noun - 1 && k >= 1 && tokens[noun].Lower == "text" && SettledTextWords.Contains(tokens[k].Text) && Determiners.Contains(tokens[k - 1].Text);

    /// <summary>
    /// Where the object of a signing verb opens when "text" at <paramref name="text"/> is that object: its "the" right before
    /// it, or before one word telling the text settled ("initialled the agreed text", "signed the final text"; the pattern: a
    /// settled text is the document signed, as a bare "the text" is). A draft stays no document.
    /// </summary>
    private static int TextObjectStart(List<Token> tokens, int text) =>
        text >= 2 && SettledTextWords.Contains(tokens[text - 1].Text) && tokens[text - 2].Lower == "the" ? text - 2 : text - 1;

    private static int? YearIn(List<Token> tokens, int start, int noun)
    {
        for (var i = start; i < noun; i++)
            if (OldYear.InName(tokens[i]) is { } y) return y;
        return null;
    }

    /// <summary>The people who signed the document whose noun spans <paramref name="nounStart"/> to <paramref name="nounEnd"/>.</summary>
    /// <param name="nameEnd">Where the document's own title and topic end: document words inside them are no other document.</param>
    /// <summary>The words of the sentence <see cref="Signatories"/> reads as signing verbs (witnesses' signatures left out).</summary>
    private static List<int> SigningVerbsIn(List<Token> tokens)
    {
        var verbs = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
            if (!(!SigningVerb.IsAt(tokens, i) && tokens[i].Lower != "issued" || SignedAsWitness.At(tokens, i))) verbs.Add(i);
        return verbs;
    }

    private static IEnumerable<string> Signatories(List<Token> tokens, IReadOnlyList<Mention> mentions, List<int> signingVerbs, int nounStart, int nounEnd, int nameEnd)
    {
        var persons = mentions.Where(m => m.Kind == MentionKind.Person && m.EntityId is not null).ToList();
        foreach (var i in signingVerbs)
        {
            // "was signed in a conference hall of a Doha hotel by X": the agent may follow a place phrase of several words.
            // A passive with time and place phrases right after it may hold its "by" further off (see LongAdjunctBeforeAgent).
            var by = Enumerable.Range(i + 1, Math.Max(0, Math.Min(tokens.Count, i + LongAdjunctBeforeAgent.Reach(tokens, i)) - i - 1))
                .TakeWhile(k => tokens[k].Text is not ("," or ";" or ":") || tokens[k - 1].Lower == "signed" || InPlaceApposition(tokens, i, k) || DateComma(tokens, k))
                .FirstOrDefault(k => tokens[k].Lower == "by" && !WitnessedBy.OfAnotherVerb(tokens, i, k) || PassiveBetween(tokens, i, k), -1);
            // "was signed on 3 May, again in the capital, by A": adjuncts broken by commas still end at the passive's "by" (see AgentAfterAnAside).
            if (by < 0) by = AgentAfterAnAside.By(tokens, i);
            // "He said the signed agreements covered trade": a participle after a determiner modifies the noun and names no signer (see SignedAsAModifier).
            if (by < 0 && SignedAsAModifier.At(tokens, i)) continue;
            if (!SigningVerbGoverns(tokens, i, nounStart, nounEnd, passive: by >= 0, nameEnd)) continue;
            // "X received Y, and the two governments signed ...": states as the subject name no person as signer (see StatesAsTheSubject).
            if (by < 0 && StatesAsTheSubject.Before(tokens, i)) continue;
            // "signed by X, chief of staff of ..., and by General Y, the commander of ...": each "and by" adds a signer.
            // "... and for India by High Commissioner Y": an "and" shortly before a later "by" adds a signer too.
            // "for X by A, head of ...; for Y by B": a later "by" after the side an item signs for opens the next agent (see SideThenAgentItem).
            foreach (var p in SignersOfVerb(tokens, persons, i, by)) yield return p.EntityId!;
            if (by < 0)
                foreach (var p in CosignersAfter(tokens, persons, i).Concat(CounterpartAfter(tokens, persons, i, nounStart, nounEnd, nameEnd)).Concat(SignedThroughAnAgent.After(tokens, persons, i))
                             .Concat(SigningOrder.FollowersInTheSentence(tokens, persons, i)))
                    yield return p.EntityId!;
        }
    }

    /// <summary>
    /// The people the signing verb at <paramref name="verb"/> names as its signers: the agents after its "by" (at
    /// <paramref name="by"/>, -1 when active), else the subjects before it. Apart from <see cref="Signatories"/> so that its
    /// per-word loop makes no closure for words that are no signing.
    /// </summary>
    private static IEnumerable<Mention> SignersOfVerb(List<Token> tokens, List<Mention> persons, int verb, int by)
    {
        // A roll of "on behalf of SIDE by AGENT, title" items runs longer than one of bare names: its later items are read further off (see SideThenAgentItem.Reach).
        var agents = by < 0 ? [] : Enumerable.Range(by, Math.Max(0, Math.Min(tokens.Count, by + SideThenAgentItem.Reach) - by))
            .Where(k => k == by || tokens[k].Lower == "by" && !WitnessedBy.At(tokens, k) && (k < by + 40 && Enumerable.Range(Math.Max(by, k - 4), k - Math.Max(by, k - 4)).Any(j => tokens[j].Lower == "and")
                                                                 || SideThenAgentItem.OpensAnItem(tokens, k))).ToList();
        if (by >= 0)
        {
            var clause = ClauseAfterTheAgents.Start(tokens, persons, by);
            return persons.Where(p => p.TokenStart < clause && !PossessorInTheAgentList.Is(tokens, p) && !Meetings.PrincipalOfItsServants.Is(tokens, p) && !WitnessedBy.Introduces(tokens, by, p.TokenStart) && agents.Any(a => p.TokenStart > a && (p.TokenStart <= a + 14 && !InAnEarlierAgentsDescription(tokens, persons, a, p) || p.TokenStart < AgentListEnd(tokens, a) && !InAppositionOf(tokens, p))));
        }
        var aside = DashAside.Before(tokens, verb);
        // "X welcomed the agreement Y signed": the name of a reaction to the document is no subject of the signing (see ReactionToTheDocument).
        var subjects = persons.Where(p => p.TokenEnd <= verb && (p.TokenEnd >= verb - 6 && !SubordinateBetween(tokens, p.TokenEnd, verb) || IsCoordinatedSubject(tokens, p.TokenEnd, verb, persons)
            || RelativeClauseBefore(tokens, p.TokenEnd, verb) || InterruptedSubject.Holds(tokens, p.TokenEnd, verb) && !InAppositionOf(tokens, p)) && !IntroducedAsThirdParty(tokens, p) && !DashAside.Inside(aside, p) && !ReactionToTheDocument.Between(tokens, p.TokenEnd, verb)
            // "Envoys of A and B, in the presence of the emir, C, and the president, D, signed": witnesses across their appositions (see WitnessAsideBeforeTheVerb).
            && !WitnessAsideBeforeTheVerb.Covers(tokens, p, verb)).ToList();
        subjects.AddRange(DashAside.SubjectAcross(tokens, persons, aside, verb).Where(p => !subjects.Contains(p)));
        // "X, who heads President Y's office, signed": a name owning an office or an agent of its own is no subject (see PossessorOfAnAgent).
        return subjects.Count == 0 ? subjects : CoordinatedBefore.Extend(tokens, persons, subjects, p => !IntroducedAsThirdParty(tokens, p) && !DashAside.Inside(aside, p) && !WitnessAsideBeforeTheVerb.Covers(tokens, p, verb))
            .Where(p => !PossessorOfAnAgent.Is(tokens, p) && !Meetings.PrincipalOfItsServants.Is(tokens, p));
    }

    /// <summary>
    /// "signed by A, a special envoy of President B, and C": a name inside the description of an agent named before it, after
    /// the same "by", is no agent, however near (the pattern: an apposition "envoy of", "adviser to" tells whom the agent serves;
    /// the first name after "by", "by the president of X, Y", stays an agent).
    /// </summary>
    private static bool InAnEarlierAgentsDescription(List<Token> tokens, List<Mention> persons, int by, Mention p) =>
        InAppositionOf(tokens, p) && persons.Any(q => q.TokenStart > by && q.TokenEnd <= p.TokenStart);

    /// <summary>
    /// "The accord was signed between X and Y": a passive signing verb followed at once by "between" names its signers as
    /// "by" would (the pattern: the two ends of "between" are the parties to the act).
    /// </summary>
    private static bool PassiveBetween(List<Token> tokens, int verb, int k) =>
        k == verb + 1 && tokens[k].Lower == "between" && verb > 0 && tokens[verb - 1].Lower is "was" or "were" or "been" or "be";

    /// <summary>
    /// "Mediated by Saudi Foreign Minister X, A and B signed", "in the presence of X, A and B signed": a name a mediator's or
    /// witness's word introduces, up to six words before it (a title between), is no subject of the signing.
    /// </summary>
    private static bool IntroducedAsThirdParty(List<Token> tokens, Mention person)
    {
        for (var k = person.TokenStart - 1; k >= 0 && k >= person.TokenStart - 6 && tokens[k].Text is not ("," or ";" or "."); k--)
            if (ThirdPartyWords.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// "signed in Lisbon on March 3, 1987, by A and B": the comma inside a date, and the one closing it before "by", end no
    /// search for the agents (the pattern: a dated place phrase may stand between a passive verb and its agents).
    /// </summary>
    private static bool DateComma(List<Token> tokens, int comma) =>
        comma > 0 && comma + 1 < tokens.Count && tokens[comma - 1].Text.All(char.IsDigit)
        && (tokens[comma + 1].Text.Length == 4 && tokens[comma + 1].Text.All(char.IsDigit) || tokens[comma + 1].Lower == "by" && tokens[comma - 1].Text.Length == 4);

    /// <summary>
    /// "was signed at Seri Perdana, the prime minister's residence, by X": a comma inside a place phrase right after the verb
    /// ("at"/"in" then names and their apposition) does not end the search for the agents, so long as no other verb or
    /// "and" stands between (the pattern: an apposition describes the place, the agents still follow).
    /// </summary>
    private static bool InPlaceApposition(List<Token> tokens, int verb, int comma)
    {
        if (verb + 1 >= tokens.Count || tokens[verb + 1].Lower is not ("at" or "in")) return false;
        for (var k = verb + 2; k < comma; k++)
            if (tokens[k].Lower is "and" or "which" or "who" or "where" || tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Signing verbs in active voice ("signed", "sign") that govern the document at <paramref name="nounStart"/>.</summary>
    private static IEnumerable<int> ActiveSigningVerbs(List<Token> tokens, int nounStart, int nounEnd)
    {
        for (var v = 0; v < nounStart; v++)
            if ((SigningVerb.IsAt(tokens, v) || tokens[v].Lower is "sign" or "signs") && SigningVerbGoverns(tokens, v, nounStart, nounEnd, passive: false)
                && !(v + 1 < tokens.Count && tokens[v + 1].Lower == "by"))
                yield return v;
    }

    /// <summary>Words that close a list of agents after "signed by": "..., with the two prime ministers looking on", "while ...".</summary>
    private static readonly FrozenSet<string> AgentListEnds = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "with", "while", "as", "in", "at", "on", "witnessed", "watched", "before", "during", "under" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "was signed by Malaysian Economy Minister A and Singapore's Minister for Trade and Industry B, with ...": a list of
    /// agents with long titles runs to the word that closes it (the pattern: every name of the "by" list signed), at most 60 words:
    /// four ministers with their full titles, or a group then a colon and its members ("by the members of the contact group: A, B").
    /// </summary>
    private static int AgentListEnd(List<Token> tokens, int by)
    {
        var k = by + 1;
        var limit = by + 60;
        while (k < tokens.Count && k <= limit)
        {
            if (EndsList(tokens, k))
            {
                var close = RelativeAsideInAgentList.ClosingComma(tokens, k);
                // "by A of X; B, the envoy of Y; and C": a semicolon parting described items goes on to the next item (see SemicolonRollInAgentList).
                if (close < 0 && SemicolonRollInAgentList.Continues(tokens, k)) { close = k; limit = Math.Max(limit, k + 30); }
                if (close < 0) break;
                k = close + 1;
                continue;
            }
            if (AgentListEnds.Contains(tokens[k].Text) && !InsideAName(tokens, k) && !InsideAnAgentsDescription(tokens, k)) break;
            k++;
        }
        return k;
    }

    /// <summary>
    /// "by A, deputy speaker of the House based in Tobruk, and B", "by the foreign ministers at the time -- A, B and C": a place
    /// after a participle of the agent's description ("based in", "elected in") or "at the time" qualifying the agents ends no
    /// list (the pattern: the agents' own descriptions sit inside the list).
    /// </summary>
    private static bool InsideAnAgentsDescription(List<Token> tokens, int k) =>
        tokens[k].Lower is "in" or "at" && k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized && tokens[k - 1].Lower.EndsWith("ed", StringComparison.Ordinal)
            && !SigningVerb.IsAt(tokens, k - 1) && tokens[k - 1].Lower is not ("signed" or "witnessed" or "initialled" or "initialed")
        || tokens[k].Lower == "at" && k + 2 < tokens.Count && tokens[k + 1].Lower == "the" && tokens[k + 2].Lower == "time";

    /// <summary>"the Organization for Security and Co-operation in Europe": a lower-case word between two capitalised words of one name ends no list.</summary>
    private static bool InsideAName(List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k - 1].IsCapitalized && tokens[k - 1].IsWord && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord
        && tokens[k].Lower is "in" or "on" or "at";

    /// <summary>"by A, senior adviser to President B,", "C of the Justice and Equality Movement": a name inside another agent's description is no agent.</summary>
    internal static bool InAppositionOf(List<Token> tokens, Mention p)
    {
        for (var k = p.TokenStart - 1; k >= 0 && k >= p.TokenStart - 4 && tokens[k].Text != ","; k--)
            // "adviser to", "chairman of", but not a title's own "Minister of Transport".
            if (tokens[k].Lower is "to" or "of" && k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized) return true;
        return false;
    }

    /// <summary>
    /// "the treaty that Putin signed with his predecessor, Khaltmaagiin Battulga", "X signed the agreement with Papua New
    /// Guinea's Defence Minister Y": the person named right after "with" is the counterpart who signed too (the pattern: one
    /// signs a document with another). Only a name within a dozen words of "with", before any verb of saying, counts.
    /// </summary>
    private static IEnumerable<Mention> CounterpartAfter(List<Token> tokens, List<Mention> persons, int verb, int nounStart, int nounEnd, int nameEnd)
    {
        var with = -1;
        var reach = CounterpartAfterTheTitle.Reach(verb, nounStart, nounEnd, nameEnd);
        for (var k = SigningVerb.ObjectStart(tokens, verb); k < tokens.Count && k <= reach && !ListEnds.Contains(tokens[k].Text) && tokens[k].Text != ","; k++)
            if (tokens[k].Lower == "with" && tokens[k - 1].Lower != "together" && CounterpartAfterTheTitle.Allows(verb, k, nounStart, nameEnd)) { with = k; break; }
        if (with < 0) return [];
        // "signed a declaration with Y ... and has yet to sign the deal": "with" names the counterpart of the document
        // between the verb and it; for a document after the verb, only when this is that document.
        if (verb < nounStart && (with < nounEnd || AnyDocumentBetween(tokens, verb + 1, nounStart))) return [];
        var end = with + 1;
        // "with Papua New Guinea's Minister for Defence, Win Bakri Daki": a long title and an apposition comma may come first.
        while (end < tokens.Count && end <= with + 12 && !ListEnds.Contains(tokens[end].Text) && tokens[end].Lower is not ("said" or "says" or "told" or "on" or "in" or "at")) end++;
        return persons.Where(p => p.TokenStart > with && p.TokenStart < end).Take(1) is var first && first.Any() ? CoordinatedList.From(tokens, persons, first.First()) : [];
    }

    /// <summary>Words after which nothing more belongs to the list of co-signers.</summary>
    private static readonly FrozenSet<string> ListEnds = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".", ";", "which", "who", "whom", "that", "after", "before", "while", "but" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A word of <see cref="ListEnds"/> at <paramref name="k"/>, but not the point of an abbreviation inside a name (see <see cref="AbbreviationPoint"/>).</summary>
    private static bool EndsList(List<Token> tokens, int k) => ListEnds.Contains(tokens[k].Text) && !AbbreviationPoint.IsAt(tokens, k);

    /// <summary>
    /// "X signed (the pact) alongside Y, Z and W" / "together with Y": the people listed after the co-signing
    /// word signed too, up to the end of the list.
    /// </summary>
    /// <summary>How many words after the signing verb "alongside" or "together with" may stand.</summary>
    private const int CosignerReach = 16;

    internal static IEnumerable<Mention> CosignersAfter(List<Token> tokens, List<Mention> persons, int verb)
    {
        var lead = -1;
        // "signed the Nationwide Accord (NA) at the International Convention Centre together with ...": a titled object and a
        // place may stand between the verb and the co-signing word.
        for (var k = verb + 1; k < tokens.Count && k <= verb + CosignerReach && !EndsList(tokens, k); k++)
            if (tokens[k].Lower == "alongside" || tokens[k].Lower == "with" && tokens[k - 1].Lower == "together") { lead = k; break; }
        if (lead < 0) return [];
        // "signed together with State Secretary J. K. Tollan, A and B": the point of an initial or of an abbreviated title
        // ("J. C.", "Dr.") inside the list is no full stop, so the co-signers after it are read too (the pattern: older reports
        // and protocol lists give signers by their initials).
        var end = lead + 1;
        while (end < tokens.Count && !EndsList(tokens, end)) end++;
        return persons.Where(p => p.TokenStart > lead && p.TokenEnd <= end);
    }

    /// <summary>
    /// Whether a signing verb is about this document: "the 1998 declaration signed by X and Y, which the
    /// statement reaffirms" names X and Y as signers of the declaration only. A verb before its document
    /// governs it up to a relative clause ("X signed the pact and a loan deal", but not "X signed the pact,
    /// which the accord replaced"); a verb after it ("the pact signed by X", "the pact X signed") governs
    /// the nearest document before it only.
    /// </summary>
    private static bool SigningVerbGoverns(List<Token> tokens, int verb, int nounStart, int nounEnd, bool passive, int nameEnd = 0)
    {
        if (verb < nounStart)
        {
            // "Signed in 1963 by X and Y, the treaty ...": a fronted participle describes the next document,
            // unless it trails one of its own ("the declaration signed by X").
            if (passive) return !DocumentJustBefore(tokens, verb) && !TitleJustBefore(tokens, verb) && !AnyDocumentBetween(tokens, verb + 1, nounStart);
            for (var k = verb + 1; k < nounStart; k++)
                if (tokens[k].Lower is "which" or "that" or "who" or "whom") return false;
            // "X and Y signed a plan, and the two ministries signed a memorandum": the nearest signing verb governs its object.
            for (var k = verb + 1; k < nounStart; k++)
                // "signed a declaration ... and has yet to sign the deal": a nearer "sign", realised or not, governs its own object.
                if (SigningVerb.IsAt(tokens, k) || tokens[k].Lower is "issued" or "adopted" or "sign" or "signs") return false;
            // "signed the Kigali Declaration but not the trade agreement": a document the verb is denied of.
            // "but not the new trade agreement": the denial may stand before the noun's article and modifiers, four words back.
            if (Enumerable.Range(Math.Max(verb + 1, nounStart - 4), Math.Max(0, nounStart - Math.Max(verb + 1, nounStart - 4))).Any(k => tokens[k].Lower == "not")) return false;
            // "signed a protocol on ratification, bringing into force the 2023 Treaty": a document past another one the verb
            // signs, in a participle clause or a preposition's object, is what that one is about, not a second thing signed.
            if (AnyDocumentBetween(tokens, verb + 1, nounStart) && NotCoordinatedObject(tokens, verb, nounStart)) return false;
            // "X and Y signed the treaty in 1979, and Jordan followed with its own treaty": a new clause with a subject of its own.
            for (var k = verb + 1; k + 3 < nounStart; k++)
                if (tokens[k].Text is "," or ";" && tokens[k + 1].Lower is "and" or "but" && tokens[k + 2].IsCapitalized && tokens[k + 2].IsWord
                    && tokens[k + 3].IsWord && !tokens[k + 3].IsCapitalized && AnyDocumentBetween(tokens, verb + 1, k)) return false;
            // "A and B sign accord; C declares old treaty dead": a semicolon opening a clause of its own subject and verb.
            for (var k = verb + 1; k + 2 < nounStart; k++)
                if (tokens[k].Text == ";" && tokens[k + 1].IsCapitalized && tokens[k + 1].IsWord && tokens[k + 1].Lower is not ("the" or "a" or "an")
                    && tokens[k + 2].IsWord && !tokens[k + 2].IsCapitalized && tokens[k + 2].Lower is not ("of" or "and" or "on" or "for")) return false;
            return true;
        }
        // "the Treaty on Comprehensive Strategic Partnership, signed by X and Y": a document word inside the document's own
        // title or topic ("Partnership", "agreement on the plan") is part of its name, not a nearer document the verb is about.
        // "The text, described by one side as a protocol, was signed by X": a describing predicate is no nearer document (see CharacterisedAs).
        // "a protocol upgrading the 2009 free trade agreement, signed by X": the clause after a recalled inner document is the head's.
        if (InnerDocumentOfAHead.ClauseGoesToHead(tokens, nounEnd, verb)) return false;
        for (var k = Math.Max(1, Math.Max(nounEnd + 1, nameEnd)); k < verb; k++)
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null && !CharacterisedAs.NounAt(tokens, k)
                && !InnerDocumentOfAHead.ClauseGoesToHead(tokens, k, verb)) return false;
        // An active verb with a document of its own as object is about that one: "the treaty lapsed, and X signed a new pact".
        return passive || !HasDocumentObject(tokens, verb);
    }

    /// <summary>
    /// Whether the document whose head is at <paramref name="noun"/> hangs off the verb's first object rather than being
    /// listed beside it: a participle after a comma (", bringing", ", implementing") between them, or a preposition right
    /// before the document's own name ("a protocol on the implementation of the Treaty").
    /// </summary>
    private static bool NotCoordinatedObject(List<Token> tokens, int verb, int noun)
    {
        for (var k = verb + 2; k < noun; k++)
            if (tokens[k - 1].Text == "," && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
        var start = noun - 1;
        while (start > verb && start >= noun - 6 && (tokens[start].IsCapitalized || tokens[start].Lower is "the" or "'s" || tokens[start].Text.All(char.IsDigit))) start--;
        return start > verb && (tokens[start].Lower is "of" or "under" or "into" or "implementing" or "amending" or "replacing" || NoObjectPrepositions.Contains(tokens[start].Lower));
    }

    /// <summary>
    /// "signed the 2012 Vision Statement, an update of the alliance kept since the 1954 Pact": prepositions of time, comparison
    /// and reference never join a second object to a verb, so a document after one is what the signed one is measured by.
    /// </summary>
    private static readonly FrozenSet<string> NoObjectPrepositions = new HashSet<string>(StringComparer.Ordinal)
        { "since", "after", "before", "until", "than", "like", "unlike", "to", "about", "beyond", "toward", "towards" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "the Declaration on River Navigation and Fisheries signed in 1992 by A and B": a participle right
    /// after a title of capitalised words that holds a document word trails that title (the pattern: a reduced relative
    /// describes the noun it follows), so it is no fronted participle of a later document.
    /// </summary>
    private static bool TitleJustBefore(List<Token> tokens, int verb)
    {
        var end = verb >= 2 && tokens[verb - 1].Text == "," ? verb - 2 : verb - 1;
        if (end < 1 || !tokens[end].IsCapitalized) return false;
        for (var k = end; k >= 1 && k >= end - TitleBeforeParticipleReach; k--)
        {
            if (!(tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Lower is "of" or "on" or "and" or "for" or "the" or "between" or "in" || tokens[k].Text is "-" or "–")) return false;
            if (tokens[k].IsCapitalized && AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return true;
        }
        return false;
    }

    /// <summary>How many words back a document title before a trailing participle may reach.</summary>
    private const int TitleBeforeParticipleReach = 12;

    private static bool AnyDocumentBetween(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(1, from); k < to; k++)
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return true;
        return false;
    }

    private static bool DocumentJustBefore(List<Token> tokens, int verb) =>
        AnyDocumentBetween(tokens, verb - (verb >= 2 && tokens[verb - 1].Text == "," ? 2 : 1), verb);

    private static bool HasDocumentObject(List<Token> tokens, int verb)
    {
        // "put his name, with B, to the accord": the object opens past the signature phrase and its aside (see SignatureAside).
        var start = SigningVerb.ObjectStart(tokens, verb);
        for (var k = Math.Max(verb + 1, start); k < Math.Min(tokens.Count, Math.Max(verb + 8, start + 4)); k++)
        {
            if (tokens[k].Text is "," or ";" || tokens[k].Lower is "which" or "that" or "who") return false;
            if (AgreementKinds.KindOf(tokens[k].Lower, tokens[k - 1].Lower) is not null) return true;
        }
        return false;
    }

    /// <summary>"Ghani stood by as the two governments issued a declaration": a subordinate clause with its own subject stands between the name and the verb.</summary>
    private static bool SubordinateBetween(List<Token> tokens, int from, int verb)
    {
        for (var k = from; k < verb; k++)
            if (tokens[k].Lower is "as" or "while" or "when" && k + 1 < verb && tokens[k + 1].Lower is "the" or "their" or "both") return true;
        return false;
    }

    /// <summary>How many words a relative clause between a subject and its verb may take.</summary>
    private const int RelativeClauseReach = 20;

    /// <summary>
    /// "X, who leads the larger wing of the movement, signed a declaration": a comma-enclosed relative clause right after the
    /// name, closing just before the verb, leaves the name the verb's subject (the pattern: a non-restrictive clause is
    /// set aside by its commas).
    /// </summary>
    private static bool RelativeClauseBefore(List<Token> tokens, int nameEnd, int verb)
    {
        if (nameEnd + 2 >= verb || verb - nameEnd > RelativeClauseReach || tokens[nameEnd].Text != "," || tokens[verb - 1].Text != ",") return false;
        if (tokens[nameEnd + 1].Lower is not ("who" or "whose")) return false;
        for (var k = nameEnd + 2; k < verb - 1; k++)
            if (tokens[k].Text is "," or ";" or "." || SigningVerb.IsAt(tokens, k)) return false;
        return true;
    }

    /// <summary>
    /// "X and his counterpart, Y, signed": nothing but names, titles and list punctuation up to the verb. A word inside a
    /// later name ("and the opposition leader, Said Abdullo Nuri, signed") is part of that name, not a verb of saying.
    /// </summary>
    private static bool IsCoordinatedSubject(List<Token> tokens, int from, int verb, IReadOnlyList<Mention> persons)
    {
        // "Indonesian President A, Malaysian Prime Minister B, ... and Vietnamese Prime Minister F signed": a list of titled
        // names, however long, is one subject (the pattern: a roll of leaders with their offices before a shared verb).
        if (verb - from > 20 && !(verb - from <= 60 && IsRollOfTitledNames(tokens, from, verb, persons))) return false;
        for (var k = from; k < verb; k++)
        {
            if (persons.Any(p => p.TokenStart <= k && k < p.TokenEnd)) continue;
            if (tokens[k].Text is ";" || AbbreviationPoint.IsStop(tokens, k) || tokens[k].Lower is "which" or "who" or "that" or "said" or "told" or "when" or "after" or "while" || tokens[k].Lower == "as" && !AliasAs(tokens, k)) return false;
            // "X and Y signed a plan, and the ministries signed a memorandum": a verb of their own ends their reach.
            if (SigningVerb.IsAt(tokens, k)) return false;
        }
        return true;
    }

    /// <summary>
    /// "B, the envoy better known as C, signed": the "as" of an alias inside a subject's apposition ("known as", "nicknamed as")
    /// opens no clause of manner or time, so the apposition stays inside the subject (the pattern: a name's alias told in its
    /// description).
    /// </summary>
    private static bool AliasAs(List<Token> tokens, int k) => k > 0 && tokens[k - 1].Lower is "known" or "nicknamed" or "styled";

    /// <summary>
    /// Between <paramref name="from"/> and <paramref name="verb"/> only names, capitalised titles and nationalities, possessives,
    /// commas and one closing "and": a roll of titled names (the words of a name mention count as names).
    /// </summary>
    private static bool IsRollOfTitledNames(List<Token> tokens, int from, int verb, IReadOnlyList<Mention> persons)
    {
        for (var k = from; k < verb; k++)
        {
            if (persons.Any(p => p.TokenStart <= k && k < p.TokenEnd)) continue;
            if (tokens[k].IsCapitalized && tokens[k].IsWord || tokens[k].Text is "," or "'s" or "'" or "’s" || tokens[k].Lower is "and" or "of" or "the") continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// "this is no new Warsaw Pact, the envoy said", "calls for another Marshall Plan": a named document after "a new",
    /// "a second" or "another", its name opening with a proper name rather than a document noun, is a comparison with
    /// that famous text, not the text itself (the pattern: an indefinite before a unique name makes it a type).
    /// </summary>
    internal static bool NamedAsAComparison(List<Token> tokens, int titleStart, int noun)
    {
        if (titleStart < 1 || titleStart >= noun || AgreementKinds.KindOf(tokens[titleStart].Lower, null) is not null) return false;
        var before = tokens[titleStart - 1].Lower;
        return before == "another"
               || before is "new" or "second" && titleStart >= 2 && tokens[titleStart - 2].Lower is "a" or "an";
    }

    /// <summary>
    /// "A Treaty of Commerce between the two states was signed by ...", "A protocol among the five states was adopted": the
    /// parties' phrase after the document's name puts its passive verb further than the usual window, so the window reaches
    /// the auxiliary that follows the phrase (pattern: a document told with its sides, then its passive making). The name's
    /// last token when no such phrase follows.
    /// </summary>
    private static int PassiveAfterItsParties(List<Token> tokens, int nameLast)
    {
        // The name's end may be its last token or the one after it (an exclusive end).
        var at = nameLast < tokens.Count && tokens[nameLast].Lower is "between" or "among" or "amongst" ? nameLast
            : nameLast + 1 < tokens.Count && tokens[nameLast + 1].Lower is "between" or "among" or "amongst" ? nameLast + 1 : -1;
        if (at < 0) return nameLast;
        for (var k = at + 1; k < Math.Min(tokens.Count, at + 9); k++)
        {
            if (tokens[k].Lower is "was" or "were") return k;
            if (tokens[k].Text is "," or ";" or ":" or "." || SigningVerb.IsAt(tokens, k)) break;
        }
        return nameLast;
    }

    /// <summary>Whether a signing verb (see <see cref="SigningVerb.IsAt"/>) stands at a token from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static bool SigningVerbBetween(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(tokens.Count, to); k++)
            if (SigningVerb.IsAt(tokens, k)) return true;
        return false;
    }

    private static bool Any(List<Token> tokens, int from, int to, FrozenSet<string> words)
    {
        for (var i = Math.Max(0, from); i < Math.Min(tokens.Count, to); i++)
            if (words.Contains(tokens[i].Text)) return true;
        return false;
    }
}
