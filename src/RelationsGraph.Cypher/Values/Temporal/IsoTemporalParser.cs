using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// Reads the ISO-8601 forms Cypher accepts, basic and extended: dates (2015-07-21, 20150721, 2015-07, 2015-W30-2,
/// 2015W302, 2015-W30, 2015-202, 2015), times (21:40:32.142, 214032, 21), offsets (Z, +01, +0100, +01:00) and
/// a bracketed zone name ([Europe/Stockholm]).
/// </summary>
internal static class IsoTemporalParser
{
    public static CypherDate ParseDate(string text)
    {
        var position = 0;
        if (!TryDate(text, ref position, out var date) || position != text.Length) throw TemporalErrors.Unparsable("Date", text);
        return new CypherDate(date);
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        var position = 0;
        if (!TryTime(text, ref position, out var nanoOfDay) || position != text.Length) throw TemporalErrors.Unparsable("LocalTime", text);
        return new CypherLocalTime(nanoOfDay);
    }

    public static CypherTime ParseTime(string text)
    {
        var position = 0;
        if (!TryTime(text, ref position, out var nanoOfDay)) throw TemporalErrors.Unparsable("Time", text);
        var offset = 0;
        if (position < text.Length && !TimeZoneRules.TryParseOffset(text, ref position, out offset)) throw TemporalErrors.Unparsable("Time", text);
        if (position != text.Length) throw TemporalErrors.Unparsable("Time", text);
        return new CypherTime(nanoOfDay, offset);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var position = 0;
        if (!TryDateAndTime(text, ref position, out var date, out var nanoOfDay) || position != text.Length)
            throw TemporalErrors.Unparsable("LocalDateTime", text);
        return new CypherLocalDateTime(date, nanoOfDay);
    }

    /// <summary>A date-time with an optional offset and zone; the zone alone fixes the offset, neither means UTC.</summary>
    public static CypherDateTime ParseDateTime(string text)
    {
        var position = 0;
        if (!TryDateAndTime(text, ref position, out var date, out var nanoOfDay)) throw TemporalErrors.Unparsable("DateTime", text);
        int? offset = null;
        if (position < text.Length && text[position] != '[')
        {
            if (!TimeZoneRules.TryParseOffset(text, ref position, out var parsed)) throw TemporalErrors.Unparsable("DateTime", text);
            offset = parsed;
        }
        string? zoneId = null;
        if (position < text.Length && text[position] == '[')
        {
            var close = text.IndexOf(']', position);
            if (close < 0 || close != text.Length - 1) throw TemporalErrors.Unparsable("DateTime", text);
            zoneId = text[(position + 1)..close];
            position = close + 1;
        }
        if (position != text.Length) throw TemporalErrors.Unparsable("DateTime", text);
        if (zoneId is not null) return CypherDateTime.InZone(date, nanoOfDay, zoneId, offset);
        return CypherDateTime.AtOffset(date, nanoOfDay, offset ?? 0);
    }

    private static bool TryDateAndTime(string text, ref int position, out DateOnly date, out long nanoOfDay)
    {
        nanoOfDay = 0;
        if (!TryDate(text, ref position, out date)) return false;
        if (position < text.Length && text[position] is 'T' or 't')
        {
            position++;
            return TryTime(text, ref position, out nanoOfDay);
        }
        return true;
    }

    /// <summary>
    /// YYYY, then (extended with dashes, or basic without) -MM[-DD], -Www[-D] or -DDD; in basic form the number of
    /// digits tells a month (2), an ordinal day (3) and a month with day (4) apart.
    /// </summary>
    public static bool TryDate(string text, ref int position, out DateOnly date)
    {
        date = default;
        if (!TryDigits(text, ref position, 4, out var year)) return false;
        if (position == text.Length || text[position] is 'T' or 't')
        {
            date = CalendarMath.FromCalendar(year, 1, 1);
            return true;
        }
        var extended = text[position] == '-';
        if (extended) position++;
        if (position < text.Length && text[position] is 'W' or 'w') return TryWeekDate(text, ref position, year, extended, out date);

        var run = CountDigits(text, position);
        long month, day = 1;
        switch (run)
        {
            case 3:
                TryDigits(text, ref position, 3, out var ordinalDay);
                date = CalendarMath.FromOrdinal(year, ordinalDay);
                return true;
            case 2:
                TryDigits(text, ref position, 2, out month);
                if (extended && position < text.Length && text[position] == '-')
                {
                    position++;
                    if (!TryDigits(text, ref position, 2, out day)) return false;
                }
                break;
            case 4 when !extended:
                TryDigits(text, ref position, 2, out month);
                TryDigits(text, ref position, 2, out day);
                break;
            default:
                return false;
        }
        date = CalendarMath.FromCalendar(year, month, day);
        return true;
    }

    /// <summary>Wxx with an optional day of week (Monday = 1), after the year and the W.</summary>
    private static bool TryWeekDate(string text, ref int position, long weekYear, bool extended, out DateOnly date)
    {
        date = default;
        position++;
        if (!TryDigits(text, ref position, 2, out var week)) return false;
        long dayOfWeek = 1;
        var cursor = position;
        var separated = cursor < text.Length && text[cursor] == '-';
        if (separated == extended)
        {
            if (separated) cursor++;
            if (TryDigits(text, ref cursor, 1, out dayOfWeek)) position = cursor;
            else dayOfWeek = 1;
        }
        date = CalendarMath.FromWeek(weekYear, week, dayOfWeek);
        return true;
    }

    /// <summary>HH[:MM[:SS[.fffffffff]]] or HH[MM[SS[.fffffffff]]]; a comma may stand for the decimal point.</summary>
    public static bool TryTime(string text, ref int position, out long nanoOfDay)
    {
        nanoOfDay = 0;
        if (!TryDigits(text, ref position, 2, out var hour)) return false;
        long minute = 0, second = 0, fraction = 0;
        var extended = position < text.Length && text[position] == ':';
        if (TryPart(text, ref position, extended, out minute) && TryPart(text, ref position, extended, out second)
            && position < text.Length && text[position] is '.' or ',')
        {
            position++;
            var digits = CountDigits(text, position);
            if (digits is 0 or > 9) return false;
            TryDigits(text, ref position, digits, out fraction);
            for (var i = digits; i < 9; i++) fraction *= 10;
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        nanoOfDay = hour * NanosPerHour + minute * NanosPerMinute + second * NanosPerSecond + fraction;
        return true;
    }

    /// <summary>Reads the next two-digit time part (after a colon in extended form); false when it is absent.</summary>
    private static bool TryPart(string text, ref int position, bool extended, out long value)
    {
        value = 0;
        var cursor = position;
        if (extended)
        {
            if (cursor >= text.Length || text[cursor] != ':') return false;
            cursor++;
        }
        if (!TryDigits(text, ref cursor, 2, out value)) return false;
        position = cursor;
        return true;
    }

    private static int CountDigits(string text, int position)
    {
        var count = 0;
        while (position + count < text.Length && char.IsAsciiDigit(text[position + count])) count++;
        return count;
    }

    private static bool TryDigits(string text, ref int position, int count, out long value)
    {
        value = 0;
        if (position + count > text.Length) return false;
        for (var i = 0; i < count; i++)
        {
            var c = text[position + i];
            if (!char.IsAsciiDigit(c)) { value = 0; return false; }
            value = value * 10 + (c - '0');
        }
        position += count;
        return true;
    }
}
