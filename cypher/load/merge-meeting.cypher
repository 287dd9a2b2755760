// Merges the Meeting nodes of a batch of articles on their id. A more precise date replaces a vaguer
// one ("2026-01-13" over "2026-01"); a meeting reported as held stays held; other facts keep
// the first value seen. Aliases grow without duplicates.
// Each row's article is linked to its node by MENTIONS, with how often it names it; rows
// are applied in article order, so the first article of the batch gives the first values.
// Parameters: $batch, a list of {article (Article id), count, id, name, aliases, kind, date, place, status} (nulls allowed).
UNWIND $batch AS row
MATCH (article:Article {id: row.article})
MERGE (n:Meeting {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.kind = coalesce(n.kind, row.kind),
    n.date = CASE WHEN n.date IS NULL OR size(coalesce(row.date, '')) > size(n.date) THEN row.date ELSE n.date END,
    n.place = coalesce(n.place, row.place),
    n.status = CASE WHEN row.status = 'held' THEN 'held' ELSE coalesce(n.status, row.status) END
MERGE (article)-[m:MENTIONS]->(n)
SET m.count = row.count
