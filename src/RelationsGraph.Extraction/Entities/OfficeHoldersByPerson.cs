using System.Runtime.CompilerServices;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The knowledge base's office holders by person id, in their listed order: the id of each holder is worked out once per
/// knowledge base, not for every holder each time an article's person is looked up (hundreds of slugs per person).
/// </summary>
internal static class OfficeHoldersByPerson
{
    private static readonly ConditionalWeakTable<IReadOnlyList<OfficeHolder>, Dictionary<string, List<OfficeHolder>>> Tables = new();

    /// <summary>The holders whose name gives <paramref name="personId"/>, first listed first.</summary>
    public static IReadOnlyList<OfficeHolder> Of(KnowledgeBase knowledge, string personId) =>
        Tables.GetValue(knowledge.OfficeHolders, ById).TryGetValue(personId, out var holders) ? holders : [];

    private static Dictionary<string, List<OfficeHolder>> ById(IReadOnlyList<OfficeHolder> holders)
    {
        var byId = new Dictionary<string, List<OfficeHolder>>(StringComparer.Ordinal);
        foreach (var holder in holders)
        {
            var id = EntityRegistry.PersonId(holder.Name);
            if (!byId.TryGetValue(id, out var list)) byId[id] = list = [];
            list.Add(holder);
        }
        return byId;
    }
}
