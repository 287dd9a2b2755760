// Merges the Person nodes of one article on their id. The first spelling of the name wins;
// aliases and roles grow as new surface forms appear, without duplicates.
// The article is linked to each by MENTIONS, with how often it names it.
// Parameters: $article (Article id), $batch, a list of {count, id, name, aliases: [string], roles: [string]}.
MATCH (article:Article {id: $article})
UNWIND $batch AS row
MERGE (n:Person {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.roles = coalesce(n.roles, []) + [x IN row.roles WHERE NOT x IN coalesce(n.roles, [])]
MERGE (article)-[m:MENTIONS]->(n)
SET m.count = row.count
