namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Normal forms of names: <see cref="Of"/> for dictionary look-ups (case, accents, full stops and
/// hyphens ignored) and <see cref="Slug"/> for the readable part of stable ids.
/// </summary>
public static class NameKey
{
    /// <summary>"Lee Jae-myung" and "lee jae myung" give the same key.</summary>
    public static string Of(string text)
    {
        // Every character gives at most one: a space is written only in place of a dropped separator. Short names (the
        // constant case) are built on the stack.
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : new char[text.Length];
        var length = Write(text, buffer);
        // "Co-operation" and "Cooperation", "co-ordination" and "coordination": one word spelt two ways in bodies' names.
        var key = new string(buffer[..length]);
        return key.Contains("co o", StringComparison.Ordinal) ? CoPrefix(key) : key;
    }

    /// <summary>
    /// The key of <paramref name="text"/> written into <paramref name="buffer"/> (at least as long as the text), for look-ups
    /// that need no string; false when the key needs the "co-operation" respelling, which only <see cref="Of"/> makes.
    /// </summary>
    public static bool TryWrite(string text, Span<char> buffer, out int length) => TryWrite(text.AsSpan(), buffer, out length);

    /// <summary>As above, for a piece of a longer text (no substring needed).</summary>
    public static bool TryWrite(ReadOnlySpan<char> text, Span<char> buffer, out int length)
    {
        length = Write(text, buffer);
        return buffer[..length].IndexOf("co o", StringComparison.Ordinal) < 0;
    }

    /// <summary>
    /// The key of <paramref name="text"/> written once into <paramref name="buffer"/>, with <paramref name="keyLengths"/>[k] the
    /// length of the key of text[..ends[k]] (ends ascending): the key is written a character at a time with no look-ahead, so
    /// the key of a prefix is that prefix of the key. Whether a prefix needs the "co-operation" respelling is the caller's test.
    /// </summary>
    public static void WritePrefixes(ReadOnlySpan<char> text, Span<char> buffer, ReadOnlySpan<int> ends, Span<int> keyLengths)
    {
        int length = 0, from = 0;
        var pendingSpace = false;
        for (var k = 0; k < ends.Length; k++)
        {
            Write(text[from..ends[k]], buffer, ref length, ref pendingSpace);
            keyLengths[k] = length;
            from = ends[k];
        }
    }

    private static int Write(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        Write(text, buffer, ref length, ref pendingSpace);
        return length;
    }

    private static void Write(ReadOnlySpan<char> text, Span<char> buffer, ref int length, ref bool pendingSpace)
    {
        foreach (var raw in text)
        {
            // ASCII first (most names): the same outcome as the general path below, without its Unicode look-ups.
            if (char.IsAsciiLetterOrDigit(raw))
            {
                if (pendingSpace && length > 0) buffer[length++] = ' ';
                pendingSpace = false;
                buffer[length++] = char.IsAsciiLetterUpper(raw) ? (char)(raw | 0x20) : raw;
                continue;
            }
            var c = Fold(raw);
            if (c is '.' ) continue;
            if (c is '’' or '\'') { buffer[length++] = '\''; continue; }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0) buffer[length++] = ' ';
                pendingSpace = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
    }

    /// <summary>Longest text whose key is built on the stack.</summary>
    public const int StackLimit = 256;

    private static string CoPrefix(string key) =>
        key.Replace("co operat", "cooperat", StringComparison.Ordinal).Replace("co ordinat", "coordinat", StringComparison.Ordinal);

    /// <summary>Lowercase ASCII words joined by hyphens: "Lee Jae-myung" → "lee-jae-myung".</summary>
    public static string Slug(string text)
    {
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : new char[text.Length];
        var length = 0;
        foreach (var c in FoldAccents(text))
        {
            if (c is '.' or '\'' or '’') continue;
            if (char.IsAsciiLetterOrDigit(c)) buffer[length++] = char.ToLowerInvariant(c);
            else if (length > 0 && buffer[length - 1] != '-') buffer[length++] = '-';
        }
        return new string(buffer[..length].Trim('-'));
    }

    // Latin letters with diacritics and their base letters. Normalisation (FormD) is not
    // available under invariant globalization, so the common ones are folded by table.
    private const string Accented = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆČçćčĎďÈÉÊËĒĖĘĚèéêëēėęěĞğÌÍÎÏĪİìíîïīıŁłÑŃŇñńňÒÓÔÕÖØŌŐòóôõöøōőŘřŚŞŠśşšŢŤțţťȚÙÚÛÜŪŮŰùúûüūůűÝŸýÿŹŻŽźżž";
    private const string Plain    = "AAAAAAAAAaaaaaaaaaCCCcccDdEEEEEEEEeeeeeeeeGgIIIIIIiiiiiiLlNNNnnnOOOOOOOOooooooooRrSSSsssTTtttTUUUUUUUuuuuuuuYYyyZZZzzz";

    // One character at a time, as FoldAccents does for a whole text.
    private static char Fold(char c)
    {
        if (char.IsAscii(c)) return c;
        var k = Accented.IndexOf(c);
        return k >= 0 ? Plain[k] : c;
    }

    private static string FoldAccents(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Accented.IndexOf(chars[i]);
            if (k >= 0) chars[i] = Plain[k];
        }
        return new string(chars);
    }
}
