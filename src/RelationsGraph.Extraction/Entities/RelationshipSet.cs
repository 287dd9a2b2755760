using System.Runtime.InteropServices;
using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The relationships of one article, one per (type, from, to), keeping the first evidence and the
/// name of the rule that first made it (for <c>extract --trace</c>; not part of the document).
/// </summary>
internal sealed class RelationshipSet
{
    // Presized: a development-set article makes about forty relationships (median 36), and each growth copies the table.
    private readonly Dictionary<(string, string, string), ExtractedRelationship> _byKey = new(64);
    private readonly List<ExtractedRelationship> _order = [];
    private readonly List<string> _rules = [];

    public IReadOnlyList<ExtractedRelationship> All => _order;

    /// <summary>The rule that made <c>All[index]</c>.</summary>
    public string RuleAt(int index) => _rules[index];

    public void Add(string type, string from, string to, string evidence, double confidence, string? role = null, string rule = "")
    {
        if (from == to) return;
        // One hash of the three strings for the look-up and the insertion both.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_byKey, (type, from, to), out var exists);
        if (exists)
        {
            slot!.Confidence = Math.Max(slot.Confidence, confidence);
            slot.Role ??= role;
            return;
        }
        var relationship = new ExtractedRelationship { Type = type, From = from, To = to, Role = role, Evidence = evidence, Confidence = Math.Round(confidence, 2) };
        slot = relationship;
        _order.Add(relationship);
        _rules.Add(rule);
    }
}
