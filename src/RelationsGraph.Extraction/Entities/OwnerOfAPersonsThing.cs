using System.Collections.Frozen;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "a clerk in Oren Haldt's cabinet", "at Vessa Marrow's invitation", "in Brannoch's account": a name that owns, through a
/// possessive, what only a person has (a cabinet, an invitation, a reign, an account of events) is a person's, even after a
/// locative preposition (pattern: news puts the preposition before the owner of the noun, not before a place).
/// </summary>
internal static class OwnerOfAPersonsThing
{
    public const string Rule = "owner of what only a person has";

    /// <summary>Nouns a person owns and a town or a site does not.</summary>
    private static readonly FrozenSet<string> PersonsNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "government", "cabinet", "administration", "reign", "presence", "honour", "honor", "invitation", "words", "account",
        "narrative", "memoirs", "diary", "entourage", "retinue", "tent", "war", "death", "funeral", "lifetime", "behalf", "absence", "instructions", "orders", "premiership", "presidency", "court", "household",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name (after a locative) that ends before token <paramref name="end"/> is followed by a possessive and a person's noun.</summary>
    public static bool Owns(IReadOnlyList<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Text is "'s" or "’s" && PersonsNouns.Contains(tokens[end + 1].Text);
}
