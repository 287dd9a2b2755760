// Merges the Agreement nodes of one article on their id; facts keep the first value seen,
// aliases grow without duplicates.
// The article is linked to each by MENTIONS, with how often it names it.
// Parameters: $article (Article id), $batch, a list of {count, id, name, aliases, kind, year (integer), date} (nulls allowed).
MATCH (article:Article {id: $article})
UNWIND $batch AS row
MERGE (n:Agreement {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.kind = coalesce(n.kind, row.kind),
    n.year = coalesce(n.year, row.year),
    n.date = coalesce(n.date, row.date)
MERGE (article)-[m:MENTIONS]->(n)
SET m.count = row.count
