using RelationsGraph.Extraction.Model;

namespace RelationsGraph.Extraction.Entities;

/// <summary>The relationships of one article, one per (type, from, to), keeping the first evidence.</summary>
internal sealed class RelationshipSet
{
    private readonly Dictionary<(string, string, string), ExtractedRelationship> _byKey = [];
    private readonly List<ExtractedRelationship> _order = [];

    public IReadOnlyList<ExtractedRelationship> All => _order;

    public void Add(string type, string from, string to, string evidence, double confidence, string? role = null)
    {
        if (from == to) return;
        var key = (type, from, to);
        if (_byKey.TryGetValue(key, out var existing))
        {
            existing.Confidence = Math.Max(existing.Confidence, confidence);
            existing.Role ??= role;
            return;
        }
        var relationship = new ExtractedRelationship { Type = type, From = from, To = to, Role = role, Evidence = evidence, Confidence = Math.Round(confidence, 2) };
        _byKey[key] = relationship;
        _order.Add(relationship);
    }
}
