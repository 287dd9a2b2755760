// Merges the Agreement nodes of one article on their id; facts keep the first value seen,
// aliases grow without duplicates.
// Parameters: $batch, a list of {id, name, aliases, kind, year (integer), date} (nulls allowed).
UNWIND $batch AS row
MERGE (n:Agreement {id: row.id})
SET n.name = coalesce(n.name, row.name),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.kind = coalesce(n.kind, row.kind),
    n.year = coalesce(n.year, row.year),
    n.date = coalesce(n.date, row.date)
