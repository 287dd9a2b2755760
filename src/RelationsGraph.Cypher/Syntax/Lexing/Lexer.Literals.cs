using System.Globalization;
using System.Numerics;
using System.Text;

namespace RelationsGraph.Cypher.Syntax.Lexing;

// Number and string literals.
internal sealed partial class Lexer
{
    private Token LexNumber()
    {
        var start = _position;
        if (Current == '0' && Peek(1) is 'x' or 'X') return LexRadixInteger(start, 16, "hexadecimal");
        if (Current == '0' && Peek(1) is 'o' or 'O') return LexRadixInteger(start, 8, "octal");

        var isFloat = false;
        SkipDigits();
        // "1..3" is a range, not a float: only a dot followed by a digit starts a fraction.
        if (Current == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isFloat = true;
            _position++;
            SkipDigits();
        }
        if (Current is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            isFloat = true;
            _position += Peek(1) is '+' or '-' ? 2 : 1;
            SkipDigits();
        }
        RejectTrailingNameCharacters(start);

        var text = _text[start.._position];
        if (!isFloat)
        {
            return new Token(TokenKind.Integer, start, text.Length, text, Magnitude(text, 10));
        }
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
            throw _errors.At(start, "FloatingPointOverflow", $"Floating point number is too large: '{text}'");
        return new Token(TokenKind.Float, start, text.Length, text, value);
    }

    private Token LexRadixInteger(int start, int radix, string radixName)
    {
        _position += 2;
        var digitsStart = _position;
        while (!AtEnd && DigitValue(Current, radix) is not null) _position++;
        if (_position == digitsStart)
            throw _errors.At(start, "InvalidNumberLiteral", $"Invalid input '{Describe(start)}': a {radixName} integer needs at least one digit");
        RejectTrailingNameCharacters(start);
        return new Token(TokenKind.Integer, start, _position - start, _text[start.._position], Magnitude(_text[digitsStart.._position], radix));
    }

    /// <summary>
    /// The magnitude of an integer literal's digits. Accumulating stops once it passes 2^64 (the parser
    /// refuses anything beyond 64 bits anyway), so a literal of a million digits costs one linear scan
    /// instead of a million big-number multiplications.
    /// </summary>
    private static BigInteger Magnitude(string digits, int radix)
    {
        UInt128 magnitude = 0;
        foreach (var c in digits)
        {
            magnitude = magnitude * (uint)radix + (uint)DigitValue(c, radix)!.Value;
            if (magnitude > ulong.MaxValue) break;
        }
        return (BigInteger)magnitude;
    }

    private static int? DigitValue(char c, int radix)
    {
        int value = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => int.MaxValue,
        };
        return value < radix ? value : null;
    }

    private void SkipDigits()
    {
        while (!AtEnd && char.IsAsciiDigit(Current)) _position++;
    }

    /// <summary>"123abc" or "0x12g" is one malformed number, not a number followed by a name.</summary>
    private void RejectTrailingNameCharacters(int start)
    {
        if (AtEnd || !IsIdentifierPart(Current)) return;
        while (!AtEnd && IsIdentifierPart(Current)) _position++;
        throw _errors.At(start, "InvalidNumberLiteral", $"Invalid input '{_text[start.._position]}': not a valid number");
    }

    private Token LexString()
    {
        var start = _position;
        var quote = Current;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd) throw _errors.At(start, "UnexpectedSyntax", $"Unterminated string literal: missing {quote}");
            var c = Current;
            if (c == quote) break;
            if (c == '\\') ReadEscape(value);
            else
            {
                value.Append(c);
                _position++;
            }
        }
        _position++;
        return new Token(TokenKind.String, start, _position - start, _text[start.._position], value.ToString());
    }

    private void ReadEscape(StringBuilder value)
    {
        var escapeStart = _position;
        var code = Peek(1);
        _position += 2;
        switch (code)
        {
            case 't' or 'T': value.Append('\t'); break;
            case 'b' or 'B': value.Append('\b'); break;
            case 'n' or 'N': value.Append('\n'); break;
            case 'r' or 'R': value.Append('\r'); break;
            case 'f' or 'F': value.Append('\f'); break;
            case '\'': value.Append('\''); break;
            case '"': value.Append('"'); break;
            case '\\': value.Append('\\'); break;
            case 'u': value.Append(ReadUnicodeEscape(escapeStart, 4)); break;
            case 'U': value.Append(ReadUnicodeEscape(escapeStart, 8)); break;
            default:
                throw _errors.At(escapeStart, "InvalidEscapeSequence",
                    $"Invalid input '\\{code}': expected an escape sequence (\\t \\b \\n \\r \\f \\' \\\" \\\\ \\uXXXX \\UXXXXXXXX)");
        }
    }

    private string ReadUnicodeEscape(int escapeStart, int digits)
    {
        var codePoint = 0;
        for (var i = 0; i < digits; i++)
        {
            if (DigitValue(Current, 16) is not { } digit)
                throw _errors.At(escapeStart, "InvalidUnicodeLiteral",
                    $"Invalid input '{_text[escapeStart..Math.Min(_text.Length, _position + 1)]}': a unicode escape needs {digits} hexadecimal digits");
            codePoint = codePoint * 16 + digit;
            _position++;
        }
        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF && digits == 8))
            throw _errors.At(escapeStart, "InvalidUnicodeLiteral", $"Invalid input '{_text[escapeStart.._position]}': not a unicode code point");
        // A lone \uXXXX surrogate is kept as-is so that escaped UTF-16 pairs combine naturally.
        return codePoint <= 0xFFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
    }
}
