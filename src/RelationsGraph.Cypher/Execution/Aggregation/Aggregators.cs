using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Aggregation;

internal sealed class CountAggregator : Aggregator
{
    private long count;
    public override void Add(object? value, object? parameter) => count++;
    public override object? Result() => count;
}

/// <summary>sum(): integers stay integers (overflow is an error) until a float joins; empty sums to 0.</summary>
internal sealed class SumAggregator : Aggregator
{
    private long integerSum;
    private double floatSum;
    private bool sawFloat;
    private object? durationSum;

    public override void Add(object? value, object? parameter)
    {
        switch (CypherTypes.Normalize(value))
        {
            case long l:
                try { integerSum = checked(integerSum + l); }
                catch (OverflowException) { throw CypherErrors.IntegerOverflow("sum()"); }
                break;
            case double d: floatSum += d; sawFloat = true; break;
            case Values.Temporal.TemporalValue { Kind: "Duration" } duration:
                durationSum = durationSum is null ? duration : CypherOperators.Add(durationSum, duration);
                break;
            default: throw CypherErrors.FunctionArgument("sum", value, "a number");
        }
    }

    public override object? Result() => durationSum ?? (sawFloat ? (object)(floatSum + integerSum) : integerSum);
}

internal sealed class AverageAggregator : Aggregator
{
    private double sum;
    private long count;
    private object? durationSum;

    public override void Add(object? value, object? parameter)
    {
        switch (CypherTypes.Normalize(value))
        {
            case long l: sum += l; break;
            case double d: sum += d; break;
            case Values.Temporal.TemporalValue { Kind: "Duration" } duration:
                durationSum = durationSum is null ? duration : CypherOperators.Add(durationSum, duration);
                break;
            default: throw CypherErrors.FunctionArgument("avg", value, "a number");
        }
        count++;
    }

    public override object? Result() =>
        count == 0 ? null : durationSum is not null ? CypherOperators.Divide(durationSum, count) : sum / count;
}

/// <summary>min() and max() by Cypher orderability, nulls ignored.</summary>
internal sealed class ExtremeAggregator(bool wantMax) : Aggregator
{
    private object? best;
    private bool any;

    public override void Add(object? value, object? parameter)
    {
        if (!any) { best = value; any = true; return; }
        var order = CypherOrdering.Instance.Compare(value, best);
        if (wantMax ? order > 0 : order < 0) best = value;
    }

    public override object? Result() => best;
}

internal sealed class CollectAggregator : Aggregator
{
    private readonly List<object?> items = new();
    public override void Add(object? value, object? parameter) => items.Add(value);
    public override object? Result() => items;
}

/// <summary>stDev() (sample, n-1) and stDevP() (population), by Welford's running algorithm.</summary>
internal sealed class StandardDeviationAggregator(bool sample) : Aggregator
{
    private long count;
    private double mean, squares;

    public override void Add(object? value, object? parameter)
    {
        var x = CypherTypes.Normalize(value) switch
        {
            long l => l,
            double d => d,
            _ => throw CypherErrors.FunctionArgument(sample ? "stDev" : "stDevP", value, "a number"),
        };
        count++;
        var delta = x - mean;
        mean += delta / count;
        squares += delta * (x - mean);
    }

    public override object? Result()
    {
        var divisor = sample ? count - 1 : count;
        return divisor <= 0 ? 0.0 : Math.Sqrt(squares / divisor);
    }
}

/// <summary>percentileCont() interpolates between neighbours; percentileDisc() picks the nearest rank.</summary>
internal sealed class PercentileAggregator(bool continuous) : Aggregator
{
    private readonly List<double> values = new();
    private double? percentile;
    private bool integersOnly = true;

    public override void Add(object? value, object? parameter)
    {
        percentile ??= ReadPercentile(parameter);
        switch (CypherTypes.Normalize(value))
        {
            case long l: values.Add(l); break;
            case double d: values.Add(d); integersOnly = false; break;
            default: throw CypherErrors.FunctionArgument(continuous ? "percentileCont" : "percentileDisc", value, "a number");
        }
    }

    public override object? Result()
    {
        if (values.Count == 0) return null;
        values.Sort();
        var p = percentile ?? 0;
        if (continuous)
        {
            var position = p * (values.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            return values[lower] + (values[upper] - values[lower]) * (position - lower);
        }
        var index = p == 0 ? 0 : (int)Math.Ceiling(p * values.Count) - 1;
        var chosen = values[Math.Clamp(index, 0, values.Count - 1)];
        return integersOnly ? (object)(long)chosen : chosen;
    }

    private static double ReadPercentile(object? parameter)
    {
        var p = CypherTypes.Normalize(parameter) switch
        {
            long l => l,
            double d => d,
            _ => throw CypherErrors.ArgumentType("The percentile must be a number between 0.0 and 1.0."),
        };
        if (p < 0 || p > 1 || double.IsNaN(p))
            throw CypherErrors.NumberOutOfRange($"The percentile must be between 0.0 and 1.0, got {p}.");
        return p;
    }
}
