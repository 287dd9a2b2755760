namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "the UN Charter", "the 1951 Refugee Convention", "the Convention on the Law of the Sea": a convention or charter is an
/// instrument open to many states, so the two countries an article is about are no evidence of its sides (the pattern: a
/// multilateral instrument recalled in passing binds whoever joined it, not the story's two principals). Only its own
/// sentences may name its parties.
/// </summary>
internal static class OpenInstrument
{
    public static bool Is(Agreement agreement) =>
        agreement.Mentions.Any(m => m.Sentence.Tokens[m.TokenEnd - 1].Lower is "convention" or "charter");
}
