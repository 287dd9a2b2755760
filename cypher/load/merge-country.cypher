// Merges the Country nodes of a batch of articles on their id; aliases grow without duplicates.
// Each row's article is linked to its node by MENTIONS, with how often it names it; rows
// are applied in article order, so the first article of the batch gives the first values.
// Parameters: $batch, a list of {article (Article id), count, id, name, aliases: [string], iso2 (or null)}.
UNWIND $batch AS row
MATCH (article:Article {id: row.article})
MERGE (n:Country {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.iso2 = coalesce(n.iso2, row.iso2)
MERGE (article)-[m:MENTIONS]->(n)
SET m.count = row.count
