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
        var bySentence = CommonNounCapitalised.Apply(sentences.Sentences, BodyWordInADocumentsSubject.Apply(sentences.Sentences, BarePressUnit.Apply(ForumOfTwoCountries.Apply(UnnamedSeatOfOffice.Apply(sentences.Sentences, CapitalWithoutItsState.Apply(NationalityRoom.Apply(HouseOfAVenue.Apply(VenueOfTheName.Apply(SeatOfABody.Apply(InstitutionAsVenue.Apply(
            BodyNamedByItsTrade.Apply(sentences.Sentences, AcronymGlossedBody.Apply(sentences.Sentences,
                ChamberOfItsCountry.Apply(sentences.Sentences, ChamberOfCommerce.Apply(sentences.Sentences, OfficeOfTheHead.Apply(sentences.Sentences,
                    OrganOfABody.Apply(sentences.Sentences, sentences.Sentences.Select(s => (IReadOnlyList<Mention>)_finder.Find(s)).ToList())))), knowledge))))))), knowledge)), knowledge))));
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
