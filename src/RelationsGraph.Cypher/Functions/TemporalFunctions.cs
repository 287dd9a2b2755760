using RelationsGraph.Cypher.Values;
using RelationsGraph.Cypher.Values.Temporal;

namespace RelationsGraph.Cypher.Functions;

/// <summary>
/// Registers the temporal functions: the five constructors with their clock variants (.transaction, .statement,
/// .realtime), datetime.fromepoch/fromepochmillis, duration() and duration.between/inMonths/inDays/inSeconds,
/// and the .truncate functions.
/// </summary>
public static partial class FunctionRegistry
{
    static partial void RegisterTemporalFunctions(List<CypherFunction> functions) => functions.AddRange(TemporalFunctions.All());
}

internal static class TemporalFunctions
{
    public static IEnumerable<CypherFunction> All()
    {
        foreach (var (name, construct, fromNow) in Constructors())
        {
            Func<TemporalZone, TemporalValue> statementClock = zone => fromNow(TemporalClock.Now(zone));
            Func<TemporalZone, TemporalValue> realClock = zone => fromNow(TemporalClock.RealNow(zone));
            yield return new CypherFunction(name, 0, 1, args => Construct(args, construct, statementClock), isDeterministic: false);
            yield return ClockFunction($"{name}.transaction", statementClock);
            yield return ClockFunction($"{name}.statement", statementClock);
            yield return ClockFunction($"{name}.realtime", realClock);
            yield return CypherFunction.NullSafe($"{name}.truncate", 2, 3,
                args => TemporalTruncation.Truncate(name, FunctionArguments.String($"{name}.truncate", args[0]), args[1], args.Length > 2 ? args[2] : null));
        }
        yield return CypherFunction.NullSafe("datetime.fromepoch", 2, 2, args => FromEpoch(
            FunctionArguments.Integer("datetime.fromepoch", args[0]), FunctionArguments.Integer("datetime.fromepoch", args[1])));
        yield return CypherFunction.NullSafeUnary("datetime.fromepochmillis", millis => FromEpochMillis(FunctionArguments.Integer("datetime.fromepochmillis", millis)));
        yield return CypherFunction.NullSafeUnary("duration", DurationFunctions.Duration);
        yield return CypherFunction.NullSafe("duration.between", 2, 2, args => DurationFunctions.Between(args[0], args[1]));
        yield return CypherFunction.NullSafe("duration.inMonths", 2, 2, args => DurationFunctions.InMonths(args[0], args[1]));
        yield return CypherFunction.NullSafe("duration.inDays", 2, 2, args => DurationFunctions.InDays(args[0], args[1]));
        yield return CypherFunction.NullSafe("duration.inSeconds", 2, 2, args => DurationFunctions.InSeconds(args[0], args[1]));
    }

    /// <summary>Each constructor's name, its body for an argument, and how it reads its kind off "now".</summary>
    private static IEnumerable<(string Name, Func<object, TemporalValue> Construct, Func<CypherDateTime, TemporalValue> FromNow)> Constructors() =>
    [
        ("date", TemporalConstruction.Date, now => new CypherDate(now.Date)),
        ("localtime", TemporalConstruction.LocalTime, now => new CypherLocalTime(now.NanoOfDay)),
        ("time", TemporalConstruction.Time, now => new CypherTime(now.NanoOfDay, now.OffsetSeconds)),
        ("localdatetime", TemporalConstruction.LocalDateTime, now => new CypherLocalDateTime(now.Date, now.NanoOfDay)),
        ("datetime", TemporalConstruction.DateTime, now => now),
    ];

    private static object? Construct(object?[] args, Func<object, TemporalValue> construct, Func<TemporalZone, TemporalValue> clock)
    {
        if (args.Length == 0) return clock(TemporalZone.Utc);
        if (args[0] is not { } argument) return null;
        return TemporalConstruction.IsClockMap(argument, out var zone) ? clock(zone) : construct(argument);
    }

    /// <summary>date.transaction() and friends: the current time, optionally in a zone given as text or {timezone: ...}.</summary>
    private static CypherFunction ClockFunction(string name, Func<TemporalZone, TemporalValue> clock) =>
        new(name, 0, 1, args =>
        {
            if (args.Length == 0) return clock(TemporalZone.Utc);
            return args[0] switch
            {
                null => null,
                string timezone => clock(TemporalZone.Parse(timezone)),
                var map when TemporalConstruction.IsClockMap(map, out var zone) => clock(zone),
                var other => throw CypherErrors.FunctionArgument(name, other, "a timezone String"),
            };
        }, isDeterministic: false);

    private static CypherDateTime FromEpoch(long seconds, long nanos)
    {
        var carry = Math.DivRem(nanos, TemporalConstants.NanosPerSecond, out var rest);
        if (rest < 0) { rest += TemporalConstants.NanosPerSecond; carry--; }
        // Far beyond the supported range either way; the sum itself must not overflow on the way there.
        if ((carry > 0 && seconds > long.MaxValue - carry) || (carry < 0 && seconds < long.MinValue - carry))
            throw Values.Temporal.TemporalErrors.Overflow("Date");
        return CypherDateTime.FromInstant(seconds + carry, rest, TemporalZone.Utc);
    }

    private static CypherDateTime FromEpochMillis(long millis)
    {
        var seconds = Math.DivRem(millis, 1000, out var rest);
        if (rest < 0) { rest += 1000; seconds--; }
        return CypherDateTime.FromInstant(seconds, rest * TemporalConstants.NanosPerMillisecond, TemporalZone.Utc);
    }
}
