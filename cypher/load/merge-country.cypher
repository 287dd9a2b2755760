// Merges the Country nodes of one article on their id; aliases grow without duplicates.
// Parameters: $batch, a list of {id, name, aliases: [string], iso2 (or null)}.
UNWIND $batch AS row
MERGE (n:Country {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.iso2 = coalesce(n.iso2, row.iso2)
