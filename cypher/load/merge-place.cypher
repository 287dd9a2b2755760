// Merges the Place nodes of one article on their id; aliases grow without duplicates.
// Parameters: $batch, a list of {id, name, aliases}.
UNWIND $batch AS row
MERGE (n:Place {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])]
