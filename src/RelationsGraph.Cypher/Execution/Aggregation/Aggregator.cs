using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Aggregation;

/// <summary>The running state of one aggregate function for one group.</summary>
internal abstract class Aggregator
{
    /// <summary>Feeds one (non-null unless counting rows) argument value.</summary>
    public abstract void Add(object? value, object? parameter);
    public abstract object? Result();
}

/// <summary>How to build an aggregator for each group: which function, DISTINCT or not, and what to feed it.</summary>
internal sealed class AggregateSpec(string function, bool distinct, Evaluator? argument, Evaluator? parameter)
{
    public string Function { get; } = function;
    private readonly bool keepsValues = function is "collect" or "percentilecont" or "percentiledisc";

    public AggregateState NewState() => new(this, CreateAggregator(), distinct ? new HashSet<object?>(CypherEquivalence.Instance) : null);

    public void Feed(AggregateState state, object?[] row, ExecutionContext context)
    {
        if (argument is null) { state.Aggregator.Add(null, null); return; } // count(*)
        var value = argument(row, context);
        if (value is null) return;
        if (state.Seen is not null && !state.Seen.Add(value)) return;
        // collect() and the percentiles keep every value, as does DISTINCT's set: that is memory the statement holds.
        if (state.Seen is not null || keepsValues) context.Memory.ChargeValue(value);
        state.Aggregator.Add(value, parameter?.Invoke(row, context));
    }

    private Aggregator CreateAggregator() => Function switch
    {
        "count" => new CountAggregator(),
        "sum" => new SumAggregator(),
        "avg" => new AverageAggregator(),
        "min" => new ExtremeAggregator(wantMax: false),
        "max" => new ExtremeAggregator(wantMax: true),
        "collect" => new CollectAggregator(),
        "stdev" => new StandardDeviationAggregator(sample: true),
        "stdevp" => new StandardDeviationAggregator(sample: false),
        "percentilecont" => new PercentileAggregator(continuous: true),
        "percentiledisc" => new PercentileAggregator(continuous: false),
        _ => throw new CypherException("SyntaxError", "UnknownFunction", ErrorPhase.Compile, $"Unknown aggregate function '{Function}'."),
    };

    public static bool IsAggregate(string name) => name.ToLowerInvariant() switch
    {
        "count" or "sum" or "avg" or "min" or "max" or "collect" or "stdev" or "stdevp" or "percentilecont" or "percentiledisc" => true,
        _ => false,
    };
}

internal sealed class AggregateState(AggregateSpec spec, Aggregator aggregator, HashSet<object?>? seen)
{
    public AggregateSpec Spec { get; } = spec;
    public Aggregator Aggregator { get; } = aggregator;
    public HashSet<object?>? Seen { get; } = seen;
}
