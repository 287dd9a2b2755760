using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "Their last signed agreement is the 1994 Border Treaty", "The Tokyo declaration remains the only written accord between
/// them": an untitled reference joined to another reference of its sentence by a copula ("is", "was", "remains") is that
/// document described, not a document of its own (the pattern: a copula identifies its subject with its complement).
/// Only a reference that would otherwise start a document (no article that points back) is taken so.
/// </summary>
internal static class CopulaIdentity
{
    private static readonly FrozenSet<string> Copulas = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "is", "was", "remains", "remained" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may open the complement before the document's own phrase ("the only written agreement").</summary>
    private static readonly FrozenSet<string> ComplementOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "only", "sole", "first", "last" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The agreement of the reference this untitled one is identified with, among those resolved so far in its sentence; else null.</summary>
    public static Agreement? Of(AgreementMention m, IReadOnlyList<(AgreementMention Mention, Agreement Agreement)> resolvedHere)
    {
        // A definite reference ("the largest trade agreement") already points back by its article.
        if (m.Title is not null || m.Definite || m.SetApart || m.ListItem) return null;
        var tokens = m.Sentence.Tokens;
        // Subject: "their last signed agreement is the 1994 Border Treaty".
        if (m.TokenEnd < tokens.Count && Copulas.Contains(tokens[m.TokenEnd].Text)
            && resolvedHere.FirstOrDefault(u => u.Mention.TokenStart == m.TokenEnd + 1) is { Agreement: { } complement })
            return complement;
        // Complement: "The Tokyo declaration, signed in 2001, remains the only written accord": the sentence's first reference is the subject.
        var k = m.TokenStart - 1;
        while (k >= 0 && ComplementOpeners.Contains(tokens[k].Text)) k--;
        if (k < 0 || !Copulas.Contains(tokens[k].Text)) return null;
        var subject = resolvedHere.Where(u => u.Mention.TokenEnd <= k).OrderBy(u => u.Mention.TokenStart).ToList();
        return subject.Count == 1 && subject[0].Mention.TokenStart <= 2 ? subject[0].Agreement : null;
    }
}
