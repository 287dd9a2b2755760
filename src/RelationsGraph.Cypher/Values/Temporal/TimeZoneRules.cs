using System.Collections.Concurrent;
using static RelationsGraph.Cypher.Values.Temporal.TemporalConstants;

namespace RelationsGraph.Cypher.Values.Temporal;

/// <summary>
/// Named (IANA) time zones through TimeZoneInfo, and the fixed offsets written as Z, ±HH, ±HHMM, ±HH:MM[:SS].
/// </summary>
internal static class TimeZoneRules
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>Known zones are cached; unknown names are not, so queries inventing names cannot grow the cache without end.</summary>
    public static TimeZoneInfo Find(string zoneId)
    {
        if (Zones.TryGetValue(zoneId, out var zone)) return zone;
        zone = Lookup(zoneId) ?? throw TemporalErrors.UnknownTimeZone(zoneId);
        Zones.TryAdd(zoneId, zone);
        return zone;
    }

    // The id names a file under the system's zoneinfo folder: only zone-shaped names are looked up, and a
    // name that is a folder ('Europe') or an unreadable file is as unknown as one that does not exist.
    private static TimeZoneInfo? Lookup(string zoneId)
    {
        if (!IsZoneShaped(zoneId)) return null;
        try { return TimeZoneInfo.FindSystemTimeZoneById(zoneId); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException
            or UnauthorizedAccessException or IOException or ArgumentException) { return null; }
    }

    private static bool IsZoneShaped(string zoneId) =>
        zoneId.Length is > 0 and <= 64 && !zoneId.Contains("..", StringComparison.Ordinal) && !zoneId.StartsWith('/')
        && zoneId.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+');

    /// <summary>The offset a zone has at an instant given as seconds since the epoch.</summary>
    public static int OffsetAt(string zoneId, long epochSecond)
    {
        // Outside DateTimeOffset's years 1-9999 the zone's earliest or latest rules apply.
        var clamped = Math.Clamp(epochSecond, DateTimeOffset.MinValue.ToUnixTimeSeconds(), DateTimeOffset.MaxValue.ToUnixTimeSeconds());
        var instant = DateTimeOffset.FromUnixTimeSeconds(clamped);
        return (int)Find(zoneId).GetUtcOffset(instant).TotalSeconds;
    }

    /// <summary>
    /// Resolves a wall-clock time in a zone the way java.time does: in an overlap the preferred offset wins when it
    /// is one of the two (else the earlier, larger one); in a gap the time moves forward by the gap's length.
    /// Returns the offset and the possibly shifted local time.
    /// </summary>
    public static (int Offset, DateOnly Date, long NanoOfDay) ResolveLocal(string zoneId, DateOnly date, long nanoOfDay, int? preferredOffset = null)
    {
        // The wall time read as if it were UTC; an offset o fits when the zone really has offset o at (local - o).
        var localSecond = LocalDateTimeMath.ToEpochSecond(date, nanoOfDay, 0);
        var before = OffsetAt(zoneId, localSecond - SecondsPerDay);
        var after = OffsetAt(zoneId, localSecond + SecondsPerDay);
        var fitting = new[] { before, after }.Distinct().Where(offset => OffsetAt(zoneId, localSecond - offset) == offset).ToArray();
        if (fitting.Length == 1) return (fitting[0], date, nanoOfDay);
        if (fitting.Length == 2)
            return (preferredOffset is int preferred && fitting.Contains(preferred) ? preferred : fitting.Max(), date, nanoOfDay);
        // In a gap: the instant the old offset gives, read with the new offset, is the later wall time.
        var instant = localSecond - before;
        var (shiftedDate, shiftedNano) = LocalDateTimeMath.FromEpoch(instant, nanoOfDay % NanosPerSecond, after);
        return (after, shiftedDate, shiftedNano);
    }

    /// <summary>True when the text names a fixed offset (Z or a sign) rather than a region.</summary>
    public static bool LooksLikeOffset(string text) =>
        text.Length > 0 && (text[0] is '+' or '-' || text is "Z" or "z");

    /// <summary>Parses Z, ±HH, ±HHMM, ±HH:MM, ±HHMMSS or ±HH:MM:SS into seconds east of UTC.</summary>
    public static bool TryParseOffset(string text, ref int position, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (position >= text.Length) return false;
        if (text[position] is 'Z' or 'z') { position++; return true; }
        if (text[position] is not ('+' or '-')) return false;
        var sign = text[position] == '-' ? -1 : 1;
        var cursor = position + 1;
        if (!TryTwoDigits(text, ref cursor, out var hours)) return false;
        var minutes = 0;
        var seconds = 0;
        var extended = cursor < text.Length && text[cursor] == ':';
        if (extended) cursor++;
        if (TryTwoDigits(text, ref cursor, out minutes))
        {
            // Seconds follow in the same style as the minutes: ":SS" after "HH:MM", "SS" after "HHMM".
            var secondsCursor = cursor;
            var separated = secondsCursor < text.Length && text[secondsCursor] == ':';
            if (separated == extended)
            {
                if (separated) secondsCursor++;
                if (TryTwoDigits(text, ref secondsCursor, out seconds)) cursor = secondsCursor;
            }
        }
        else if (extended) return false;
        if (hours > 18 || minutes > 59 || seconds > 59) return false;
        offsetSeconds = sign * (hours * 3600 + minutes * 60 + seconds);
        if (Math.Abs(offsetSeconds) > 18 * 3600) return false;
        position = cursor;
        return true;
    }

    public static int ParseOffset(string text)
    {
        var position = 0;
        if (TryParseOffset(text, ref position, out var offset) && position == text.Length) return offset;
        throw TemporalErrors.InvalidValue($"Invalid time zone offset: {text}");
    }

    private static bool TryTwoDigits(string text, ref int position, out int value)
    {
        value = 0;
        if (position + 1 >= text.Length || !char.IsAsciiDigit(text[position]) || !char.IsAsciiDigit(text[position + 1])) return false;
        value = (text[position] - '0') * 10 + (text[position + 1] - '0');
        position += 2;
        return true;
    }
}
