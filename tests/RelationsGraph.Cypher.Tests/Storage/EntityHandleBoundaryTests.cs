using System.Reflection;
using System.Reflection.Emit;
using RelationsGraph.Cypher.Storage;

namespace RelationsGraph.Cypher.Tests.Storage;

/// <summary>
/// Outside Storage an entity is a handle: the engine's code (one assembly with Storage, so `internal` alone does not
/// keep it out) may use an entity's identity but reads what it holds only through IGraphReader. This test reads the
/// compiled code of every method outside Storage and fails on any use of another entity member.
/// </summary>
public sealed class EntityHandleBoundaryTests
{
    // What a handle is: its id, element id and (fixed at creation) type.
    private static readonly HashSet<string> HandleMembers = ["get_Id", "get_ElementId", "get_Type", "ToString", "Equals", "GetHashCode", "GetType"];

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Code_outside_Storage_uses_entities_only_as_handles()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(NodeEntity).Assembly.GetTypes())
        {
            if (type.Namespace?.StartsWith("RelationsGraph.Cypher.Storage", StringComparison.Ordinal) == true) continue;
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
                foreach (var member in MembersUsed(method))
                    if (member.DeclaringType == typeof(NodeEntity) || member.DeclaringType == typeof(RelationshipEntity))
                        if (!HandleMembers.Contains(member.Name))
                            offenders.Add($"{type.FullName}.{method.Name} uses {member.DeclaringType!.Name}.{member.Name}");
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_check_sees_a_read_of_an_entity_member()
    {
        var method = typeof(EntityHandleBoundaryTests).GetMethod(nameof(ReadsLabels), BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Contains(MembersUsed(method), member => member.DeclaringType == typeof(NodeEntity) && member.Name == "get_Labels");
    }

    private static int ReadsLabels(NodeEntity node) => node.Labels.Count;

    /// <summary>The fields and methods a method's IL refers to (calls, field loads and stores, ldftn, ldtoken).</summary>
    private static IEnumerable<MemberInfo> MembersUsed(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try { member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments); }
                catch (ArgumentException) { } // a token of a generic context this walk does not model
                if (member is not null) yield return member;
            }
            at += OperandSize(code, il, at);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);
}
