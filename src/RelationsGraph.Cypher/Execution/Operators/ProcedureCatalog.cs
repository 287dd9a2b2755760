using System.Text.RegularExpressions;
using RelationsGraph.Cypher.Values;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>The procedures one database can CALL: the built-in ones plus any registered from a fixed table.</summary>
internal sealed partial class ProcedureCatalog
{
    private readonly Dictionary<string, Procedure> procedures = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ProcedureCatalog()
    {
        foreach (var procedure in BuiltInProcedures.All().Concat(FullTextProcedures.All())) procedures[procedure.Name] = procedure;
    }

    public Procedure Resolve(string name)
    {
        lock (gate)
        {
            if (procedures.TryGetValue(name, out var procedure)) return procedure;
        }
        throw new CypherException("ProcedureError", "ProcedureNotFound", ErrorPhase.Compile,
            $"There is no procedure with the name `{name}` registered for this database instance.");
    }

    /// <summary>
    /// Registers "ns.name(in :: TYPE?, ...) :: (out :: TYPE?, ...)" answering from rows keyed by field
    /// name: a call yields the outputs of every row whose inputs equal the arguments.
    /// </summary>
    public void RegisterTable(string signature, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var match = SignaturePattern().Match(signature);
        if (!match.Success) throw new ArgumentException($"Not a procedure signature: {signature}", nameof(signature));
        var inputs = Fields(match.Groups[2].Value);
        var outputs = Fields(match.Groups[3].Value);
        var table = rows.Select(row => (
            Inputs: inputs.Select(f => row.TryGetValue(f.Name, out var v) ? v : null).ToArray(),
            Outputs: outputs.Select(f => row.TryGetValue(f.Name, out var v) ? v : null).ToArray())).ToList();
        var procedure = new Procedure(match.Groups[1].Value, inputs, outputs, (_, arguments) =>
            table.Where(row => Matches(row.Inputs, arguments)).Select(row => row.Outputs));
        lock (gate) procedures[procedure.Name] = procedure;
    }

    private static bool Matches(object?[] inputs, IReadOnlyList<object?> arguments)
    {
        for (var i = 0; i < inputs.Length; i++)
            if (!CypherEquivalence.Instance.Equals(inputs[i], i < arguments.Count ? arguments[i] : null)) return false;
        return true;
    }

    private static List<ProcedureField> Fields(string text) => text
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(field => field.Split("::", StringSplitOptions.TrimEntries))
        .Select(parts => new ProcedureField(parts[0], parts.Length > 1 ? parts[1] : "ANY?"))
        .ToList();

    [GeneratedRegex(@"^\s*([\w.]+)\s*\((.*?)\)\s*::\s*\((.*?)\)\s*:?\s*$")]
    private static partial Regex SignaturePattern();
}
