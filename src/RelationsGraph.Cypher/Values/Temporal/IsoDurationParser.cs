using System.Globalization;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// Reads ISO-8601 durations: the unit form PnYnMnWnDTnHnMnS (signed and fractional parts allowed, e.g. P5M1.5D,
/// PT-1M-0.001S, an optional leading minus for the whole) and the date-time form P2012-02-02T14:37:21.545.
/// </summary>
internal static class IsoDurationParser
{
    public static CypherDuration Parse(string text)
    {
        var negate = text.StartsWith('-');
        var body = negate || text.StartsWith('+') ? text[1..] : text;
        if (body.Length < 2 || body[0] is not ('P' or 'p')) throw TemporalErrors.Unparsable("Duration", text);
        var duration = LooksLikeDateTimeForm(body) ? ParseDateTimeForm(body, text) : ParseUnitForm(body, text);
        return negate ? TemporalArithmetic.Negate(duration) : duration;
    }

    private static bool LooksLikeDateTimeForm(string body) =>
        body.Length >= 6 && body[1..5].All(char.IsAsciiDigit) && body[5] == '-';

    /// <summary>PYYYY-MM-DDThh:mm:ss[.fff]: each field is a count of that unit, not a calendar position.</summary>
    private static CypherDuration ParseDateTimeForm(string body, string original)
    {
        var position = 1;
        long years = 0, months = 0, days = 0;
        if (!TryNumber(body, ref position, 4, out years) || !Expect(body, ref position, '-')
            || !TryNumber(body, ref position, 2, out months) || !Expect(body, ref position, '-')
            || !TryNumber(body, ref position, 2, out days))
            throw TemporalErrors.Unparsable("Duration", original);
        long nanos = 0;
        if (position < body.Length)
        {
            if (!Expect(body, ref position, 'T') || !IsoTemporalParser.TryTime(body, ref position, out nanos) || position != body.Length)
                throw TemporalErrors.Unparsable("Duration", original);
        }
        return new CypherDuration(checked(years * 12 + months), days, 0, nanos);
    }

    private static CypherDuration ParseUnitForm(string body, string original)
    {
        var builder = new DurationBuilder();
        var position = 1;
        var inTime = false;
        var lastRank = -1;
        var sawPart = false;
        while (position < body.Length)
        {
            if (body[position] is 'T' or 't')
            {
                if (inTime) throw TemporalErrors.Unparsable("Duration", original);
                inTime = true;
                position++;
                continue;
            }
            var start = position;
            if (body[position] is '-' or '+') position++;
            while (position < body.Length && char.IsAsciiDigit(body[position])) position++;
            var integerEnd = position;
            if (position < body.Length && body[position] is '.' or ',')
            {
                position++;
                while (position < body.Length && char.IsAsciiDigit(body[position])) position++;
            }
            if (position == start || position >= body.Length) throw TemporalErrors.Unparsable("Duration", original);
            var unit = char.ToUpperInvariant(body[position++]);
            var rank = UnitRank(unit, inTime);
            if (rank < 0 || rank <= lastRank) throw TemporalErrors.Unparsable("Duration", original);
            lastRank = rank;
            sawPart = true;
            AddPart(builder, body[start..integerEnd], body[integerEnd..(position - 1)], unit, inTime, original);
        }
        // "P" alone, or a "T" with no time part after it, is not a duration.
        if (!sawPart || inTime && lastRank < UnitRank('H', true)) throw TemporalErrors.Unparsable("Duration", original);
        return builder.Build();
    }

    /// <summary>Units must appear in order Y M W D, then after T: H M S; -1 for a letter out of place.</summary>
    private static int UnitRank(char unit, bool inTime) => (unit, inTime) switch
    {
        ('Y', false) => 0,
        ('M', false) => 1,
        ('W', false) => 2,
        ('D', false) => 3,
        ('H', true) => 4,
        ('M', true) => 5,
        ('S', true) => 6,
        _ => -1,
    };

    private static void AddPart(DurationBuilder builder, string integerText, string fractionText, char unit, bool inTime, string original)
    {
        var negative = integerText.StartsWith('-');
        var digits = integerText.TrimStart('-', '+');
        if (digits.Length == 0 && fractionText.Length <= 1) throw TemporalErrors.Unparsable("Duration", original);
        long whole = 0;
        // PT99999999999999999999S is well-formed but beyond any duration: a Cypher error, not an OverflowException.
        if (digits.Length > 0 && !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out whole))
            throw TemporalErrors.Overflow("Duration");
        if (negative) whole = -whole;
        var fractionDigits = fractionText.Length > 1 ? fractionText[1..] : "";

        if (unit == 'S' && inTime)
        {
            // Seconds keep their fraction exactly, to the nanosecond.
            builder.AddSeconds(whole, 1);
            if (fractionDigits.Length > 0)
            {
                var nanos = long.Parse(fractionDigits.PadRight(9, '0')[..9], CultureInfo.InvariantCulture);
                builder.AddNanos(negative ? -nanos : nanos, 1);
            }
            return;
        }

        object value = fractionDigits.Length == 0
            ? whole
            : double.Parse((negative ? "-" : "") + (digits.Length == 0 ? "0" : digits) + "." + fractionDigits, CultureInfo.InvariantCulture);
        switch (unit, inTime)
        {
            case ('Y', false): builder.AddMonths(value, 12); break;
            case ('M', false): builder.AddMonths(value, 1); break;
            case ('W', false): builder.AddDays(value, 7); break;
            case ('D', false): builder.AddDays(value, 1); break;
            case ('H', true): builder.AddSeconds(value, 3600); break;
            case ('M', true): builder.AddSeconds(value, 60); break;
        }
    }

    private static bool Expect(string text, ref int position, char expected)
    {
        if (position >= text.Length || text[position] != expected) return false;
        position++;
        return true;
    }

    private static bool TryNumber(string text, ref int position, int digits, out long value)
    {
        value = 0;
        if (position + digits > text.Length) return false;
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsAsciiDigit(text[position + i])) return false;
            value = value * 10 + (text[position + i] - '0');
        }
        position += digits;
        return true;
    }
}
