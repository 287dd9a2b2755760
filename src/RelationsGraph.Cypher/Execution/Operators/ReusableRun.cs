using System.Collections;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// One run of an operator as a hand-written iterator that the operator keeps and starts again once the
/// previous run is disposed. A sub-plan runs once per incoming row (CALL { } per imported record, MERGE's
/// match), and a compiler-made iterator is one allocation per operator per run; a bulk import spent more
/// on those than on the rows themselves. A run that is still in use is never shared: the operator makes a fresh
/// one then (a nested run), and a second GetEnumerator on one run hands out a fresh copy of it.
/// </summary>
internal abstract class ReusableRun : IEnumerable<object?[]>, IEnumerator<object?[]>
{
    private bool handedOut;
    private bool running;

    protected ExecutionContext Context { get; private set; } = null!;
    protected object?[] Argument { get; private set; } = null!;

    public object?[] Current { get; protected set; } = null!;
    object IEnumerator.Current => Current;

    /// <summary>
    /// Starts the run on (context, argument). The operator takes its kept run out of its idle slot (or makes one
    /// when the slot is empty) before it calls this; Release puts it back.
    /// </summary>
    public ReusableRun Start(ExecutionContext context, object?[] argument)
    {
        Context = context;
        Argument = argument;
        handedOut = false;
        running = true;
        Current = null!;
        OnStart();
        return this;
    }

    public IEnumerator<object?[]> GetEnumerator()
    {
        if (!handedOut)
        {
            handedOut = true;
            return this;
        }
        var copy = Copy();
        copy.Start(Context, Argument);
        copy.handedOut = true;
        return copy;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public abstract bool MoveNext();

    /// <summary>Ends the run: lets go of the input's run (so it too can be reused) and hands this one back to its operator.</summary>
    public void Dispose()
    {
        if (!running) return;
        running = false;
        OnEnd();
        Context = null!;
        Argument = null!;
        Current = null!;
        Release();
    }

    public void Reset() => throw new NotSupportedException();

    /// <summary>Sets up the run's state from Context and Argument.</summary>
    protected abstract void OnStart();

    /// <summary>Disposes what the run opened and clears what it holds.</summary>
    protected abstract void OnEnd();

    /// <summary>Gives this run back to its operator's idle slot.</summary>
    protected abstract void Release();

    /// <summary>A new run of the same operator (for a second GetEnumerator).</summary>
    protected abstract ReusableRun Copy();
}
