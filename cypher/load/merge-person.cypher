// Merges the Person nodes of a batch of articles on their id. The first spelling of the name wins;
// aliases and roles grow as new surface forms appear, without duplicates.
// Each row's article is linked to its node by MENTIONS, with how often it names it; rows
// are applied in article order, so the first article of the batch gives the first values.
// Parameters: $batch, a list of {article (Article id), count, id, name, aliases: [string], roles: [string]}.
UNWIND $batch AS row
MATCH (article:Article {id: row.article})
MERGE (n:Person {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.roles = coalesce(n.roles, []) + [x IN row.roles WHERE NOT x IN coalesce(n.roles, [])]
MERGE (article)-[m:MENTIONS]->(n)
SET m.count = row.count
