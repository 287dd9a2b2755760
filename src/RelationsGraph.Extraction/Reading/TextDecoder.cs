using System.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 (BOM or the zero-byte
/// pattern of ASCII text), and Windows-1252 for legacy files that contain no UTF-8 sequences.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new ArticleReadException("empty file");
        if (!LooksLikeUtf16(bytes, out _) && bytes is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) && HasBinaryBytes(bytes))
            throw new ArticleReadException("binary content, not text");
        var text = DecodeByEncoding(bytes);
        if (LooksBinary(text)) throw new ArticleReadException("binary content, not text");
        return text;
    }

    private static string DecodeByEncoding(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return Utf8(bytes.AsSpan(3));
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (LooksLikeUtf16(bytes, out var bigEndian))
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        return Utf8(bytes);
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // A legacy Windows-1252 file has high bytes but never a well-formed UTF-8 sequence;
            // a file that mixes both is damaged UTF-8, not another encoding.
            if (!ContainsUtf8Sequence(bytes) && Windows1252.TryDecode(bytes, out var legacy)) return legacy;
            throw new ArticleReadException("invalid UTF-8");
        }
    }

    private static bool ContainsUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            var b = bytes[i];
            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            if (length == 0 || i + length > bytes.Length) continue;
            var ok = true;
            for (var k = 1; k < length; k++) ok &= (bytes[i + k] & 0xC0) == 0x80;
            if (ok) return true;
        }
        return false;
    }

    private static bool LooksLikeUtf16(byte[] bytes, out bool bigEndian)
    {
        var sample = Math.Min(bytes.Length & ~1, 4096);
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var pairs = Math.Max(1, sample / 2);
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) > pairs * 0.4 && Math.Min(evenZeros, oddZeros) < pairs * 0.05;
    }

    /// <summary>NUL or many control bytes: no text encoding we read produces those.</summary>
    private static bool HasBinaryBytes(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (sample.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) controls++;
        return controls > sample.Length / 50;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0') return true;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
        }
        return controls > sample.Length / 20;
    }
}
