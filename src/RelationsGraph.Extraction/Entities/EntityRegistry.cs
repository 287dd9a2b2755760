using RelationsGraph.Extraction.Model;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// The entities of one article under their stable ids, with every surface form seen and a
/// mention count. Ids: person:lee-jae-myung, country:kr, place:nara, organization:group-of-seven.
/// </summary>
internal sealed class EntityRegistry
{
    private readonly Dictionary<string, ExtractedEntity> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public IEnumerable<ExtractedEntity> All => _order.Select(id => _byId[id]);

    public bool Contains(string id) => _byId.ContainsKey(id);

    public ExtractedEntity? Get(string id) => _byId.GetValueOrDefault(id);

    public static string PersonId(string canonicalName) => "person:" + NameKey.Slug(canonicalName);
    // Written lower-cased in place: one string, not a lower-cased copy and then the joined one.
    public static string CountryId(string iso2) => string.Create("country:".Length + iso2.Length, iso2, static (id, iso) =>
    {
        "country:".CopyTo(id);
        iso.AsSpan().ToLowerInvariant(id["country:".Length..]);
    });
    public static string PlaceId(string name) => "place:" + NameKey.Slug(name);
    public static string OrganizationId(string name) => "organization:" + NameKey.Slug(name);

    /// <summary>Adds a mention of the entity, creating it on first sight; returns it.</summary>
    public ExtractedEntity Mention(string id, string type, string name, string? surface)
    {
        if (!_byId.TryGetValue(id, out var entity))
        {
            entity = new ExtractedEntity { Id = id, Type = type, Name = name };
            _byId[id] = entity;
            _order.Add(id);
            AddAlias(entity, name);
        }
        entity.Mentions++;
        if (surface is not null) AddAlias(entity, surface);
        return entity;
    }

    /// <summary>Adds a node that the text describes rather than names (meetings, agreements).</summary>
    public ExtractedEntity Add(ExtractedEntity entity)
    {
        if (_byId.TryGetValue(entity.Id, out var existing)) return existing;
        _byId[entity.Id] = entity;
        _order.Add(entity.Id);
        return entity;
    }

    public static void AddAlias(ExtractedEntity entity, string alias)
    {
        alias = alias.Trim();
        if (alias.Length == 0) return;
        foreach (var a in entity.Aliases)
            if (a.Equals(alias, StringComparison.OrdinalIgnoreCase)) return;
        entity.Aliases.Add(alias);
    }
}
