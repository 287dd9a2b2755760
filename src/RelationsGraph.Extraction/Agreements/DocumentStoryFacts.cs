using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// What the earlier stages know of the story that <see cref="AgreementGraphBuilder.Build"/> weighs when it gives documents
/// their year, sides and signers: one value, so a new fact is a new property here rather than one more optional parameter.
/// </summary>
/// <param name="PrincipalCountries">The article's principal countries, the sides of a document that names none.</param>
/// <param name="StoryYear">The year the story is set in: a document the story reports concluded, with no year of its own, dates from it.</param>
/// <param name="DatesIn">The resolved dates of a sentence: a signing told only with dates of another year is not of the story.</param>
/// <param name="StoryState">The one state of the article's internal settlement, if any (see <see cref="StateAndArmedGroup.StateOfStory"/>).</param>
/// <param name="PairOfLeaders">The states of the pair of leaders a sentence of the document names, if any (see <see cref="Agreements.PairOfLeaders"/>).</param>
/// <param name="NonSigners">States the text tells as not signing, with the sentence that says so (see <see cref="StatesThatDidNotSign"/>).</param>
/// <param name="YearToldBefore">The year a making told with a look back in time takes from the sentences before it (see <see cref="TimeToldBefore"/>).</param>
/// <param name="Sentences">The article's sentences, for the counted states of a document (see <see cref="CountedStatesOfTheDocument"/>).</param>
internal sealed record DocumentStoryFacts(
    IReadOnlyList<string> PrincipalCountries,
    int? StoryYear,
    Func<Sentence, IReadOnlyList<DateExpression>> DatesIn,
    string? StoryState,
    Func<Agreement, IReadOnlyList<string>?> PairOfLeaders,
    IReadOnlyList<(string Country, Sentence Sentence)>? NonSigners,
    Func<AgreementMention, int?> YearToldBefore,
    IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The two most named countries that are no host or broker of the story's talks (see <see cref="TheTwoCountriesPastTheHosts"/>).</summary>
    public IReadOnlyList<string> PairPastTheHosts { get; init; } = [];
}
