using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "The Varnek Unity Party said ...", "But the Tarrow Fishers Commission ...": a sentence often opens on a capitalised function
/// word ("The", "But", "Meanwhile") right before a body's name; that word is no part of the name, and the body's name after it
/// is read as the body it names, not swallowed into an unknown run that a speech verb after it would make a person's name
/// (pattern: a body's name as the subject that opens a sentence).
/// </summary>
internal static class FunctionWordBeforeABody
{
    /// <summary>Whether the chunk is such an opening function word and a body's name starts right after it.</summary>
    public static bool Opens(NameChunk chunk, bool bodyFollows) =>
        bodyFollows && chunk.IsUnknownWord && Lexicon.NotNames.Contains(chunk.Text);
}
