// Merges the Place nodes of one article on their id; aliases grow without duplicates.
// The article is linked to each by MENTIONS, with how often it names it.
// Parameters: $article (Article id), $batch, a list of {count, id, name, aliases}.
MATCH (article:Article {id: $article})
UNWIND $batch AS row
MERGE (n:Place {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])]
MERGE (article)-[m:MENTIONS]->(n)
SET m.count = row.count
