namespace RelationsGraph.Extraction.Text;

/// <summary>One sentence of the cleaned text, with its position and its tokens.</summary>
/// <remarks>
/// The tokens are a concrete <see cref="List{T}"/>: the rules read them by index in their inner loops, and an interface
/// call per read cost about a tenth of extraction time. Nothing after tokenization changes them.
/// </remarks>
public sealed record Sentence(int Index, int Start, string Text, List<Token> Tokens, int Paragraph);

/// <summary>A word, number or punctuation mark; <see cref="Start"/> is relative to the sentence.</summary>
public readonly record struct Token
{
    public Token(string Text, int Start) : this(Text, Start, Text.ToLowerInvariant()) { }

    /// <summary>A token whose lowercase form is already known (the tokenizer's words seen before).</summary>
    internal Token(string text, int start, string lower)
    {
        Text = text;
        Start = start;
        Lower = lower;
    }

    public string Text { get; init; }
    public int Start { get; init; }

    /// <summary>Lowercase form, computed once (the recognisers compare it constantly).</summary>
    public string Lower { get; }

    public void Deconstruct(out string Text, out int Start)
    {
        Text = this.Text;
        Start = this.Start;
    }

    public int End => Start + Text.Length;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
}
