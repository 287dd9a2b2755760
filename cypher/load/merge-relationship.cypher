// Merges the relationships of one type between two labels for a batch of articles, keeping
// provenance: each of the row's articles that is not a source yet is appended to `sources`, and
// its sentence to `evidence` (same order); `confidence` keeps the highest value; `role` the latest.
// Template: {{FromLabel}}, {{Type}}, {{ToLabel}} are replaced by names from graph-model.md
// (checked against it) because Cypher cannot take labels or types as parameters.
// Parameters: $batch, one row per edge: {from, to, articles: [Article id], evidence: [sentence]
// (parallel to articles, in article order), confidence (the batch's highest), role (or null)}.
UNWIND $batch AS row
MATCH (a:{{FromLabel}} {id: row.from})
MATCH (b:{{ToLabel}} {id: row.to})
MERGE (a)-[r:{{Type}}]->(b)
WITH r, row, [i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN coalesce(r.sources, [])] AS fresh
SET r.evidence = coalesce(r.evidence, []) + [i IN fresh | row.evidence[i]],
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.role = coalesce(row.role, r.role),
    r.sources = coalesce(r.sources, []) + [i IN fresh | row.articles[i]]
