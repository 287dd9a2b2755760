using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>Every name mention of every sentence, before coreference: what the text calls a person, country, place or organization.</summary>
internal sealed record MentionOutput(IReadOnlyList<IReadOnlyList<Mention>> BySentence)
{
    public IEnumerable<Mention> All => BySentence.SelectMany(m => m);
}

/// <summary>Stage 4: name mentions, each with the rule that recognised it.</summary>
internal sealed class MentionStage(KnowledgeBase knowledge)
{
    private readonly MentionFinder _finder = new(knowledge);

    public MentionOutput Run(SentenceOutput sentences, ExtractionTrace? trace)
    {
        var sentenceList = sentences.Sentences;
        var bySentence = sentenceList.Select(s => (IReadOnlyList<Mention>)_finder.Find(s)).ToList();
        // The filters run in this order, each on what the ones before it left: bodies' names first, then venues and
        // places, then the stray capitalised words that remain.
        bySentence = OrganOfABody.Apply(sentenceList, bySentence);
        bySentence = OfficeOfTheHead.Apply(sentenceList, bySentence);
        bySentence = ChamberOfCommerce.Apply(sentenceList, bySentence);
        bySentence = ChamberOfItsCountry.Apply(sentenceList, bySentence);
        bySentence = AcronymGlossedBody.Apply(sentenceList, bySentence, knowledge);
        bySentence = BodyNamedByItsTrade.Apply(sentenceList, bySentence);
        bySentence = InstitutionAsVenue.Apply(bySentence);
        bySentence = SeatOfABody.Apply(bySentence);
        bySentence = VenueOfTheName.Apply(bySentence);
        bySentence = HouseOfAVenue.Apply(bySentence);
        bySentence = NationalityRoom.Apply(bySentence);
        bySentence = CapitalWithoutItsState.Apply(bySentence, knowledge);
        bySentence = UnnamedSeatOfOffice.Apply(sentenceList, bySentence);
        bySentence = ForumOfTwoCountries.Apply(bySentence, knowledge);
        bySentence = BarePressUnit.Apply(bySentence);
        bySentence = BodyWordInADocumentsSubject.Apply(sentenceList, bySentence);
        bySentence = CommonNounCapitalised.Apply(sentenceList, bySentence);
        bySentence = TitleCaseHeadlineWords.Apply(sentenceList, bySentence);
        if (trace is not null)
        {
            trace.Stage("name mentions", $"{bySentence.Sum(m => m.Count)} mentions");
            foreach (var m in bySentence.SelectMany(x => x))
                trace.Line($"[{m.Sentence.Index}] {m.Kind} '{m.Surface}'" + (m.Title is null ? "" : $" title '{m.Title}'") +
                           (m.Iso2 is null ? "" : $" country {m.Iso2}") + $"  <- {m.Rule}");
        }
        return new MentionOutput(bySentence);
    }
}
