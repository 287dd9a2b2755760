// Merges the Person nodes of one article on their id. The first spelling of the name wins;
// aliases and roles grow as new surface forms appear, without duplicates.
// Parameters: $batch, a list of {id, name, aliases: [string], roles: [string]}.
UNWIND $batch AS row
MERGE (n:Person {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.roles = coalesce(n.roles, []) + [x IN row.roles WHERE NOT x IN coalesce(n.roles, [])]
