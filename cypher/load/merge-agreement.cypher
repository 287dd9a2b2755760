// Merges the Agreement nodes of a batch of articles on their id; facts keep the first value seen,
// aliases grow without duplicates.
// Each row's article is linked to its node by MENTIONS, with how often it names it; rows
// are applied in article order, so the first article of the batch gives the first values.
// Parameters: $batch, a list of {article (Article id), count, id, name, aliases, kind, year (integer), date} (nulls allowed).
UNWIND $batch AS row
MATCH (article:Article {id: row.article})
MERGE (n:Agreement {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.kind = coalesce(n.kind, row.kind),
    n.year = coalesce(n.year, row.year),
    n.date = coalesce(n.date, row.date)
MERGE (article)-[m:MENTIONS]->(n)
SET m.count = row.count
