namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Decodes Windows-1252 without the code-pages provider: it is Latin-1 except for 0x80-0x9F.
/// </summary>
internal static class Windows1252
{
    // 0x80..0x9F; '\0' marks the five bytes the code page leaves undefined.
    private const string HighControls =
        "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;
            if (c == '\0')
            {
                text = "";
                return false;
            }
            chars[i] = c;
        }
        text = new string(chars);
        return true;
    }
}
