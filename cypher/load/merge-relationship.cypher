// Merges the relationships of one type between two labels for one article, keeping provenance:
// the article id is appended to `sources` and the sentence to `evidence` (same order) unless
// this article is already a source; `confidence` keeps the highest value; `role` the latest.
// Evidence is set before sources so both read the sources as they were before this article.
// Template: {{FromLabel}}, {{Type}}, {{ToLabel}} are replaced by names from graph-model.md
// (checked against it) because Cypher cannot take labels or types as parameters.
// Parameters: $article (Article id), $batch, a list of {from, to, evidence, confidence, role}.
UNWIND $batch AS row
MATCH (a:{{FromLabel}} {id: row.from})
MATCH (b:{{ToLabel}} {id: row.to})
MERGE (a)-[r:{{Type}}]->(b)
SET r.evidence = CASE WHEN $article IN coalesce(r.sources, []) THEN r.evidence ELSE coalesce(r.evidence, []) + coalesce(row.evidence, '') END,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.role = coalesce(row.role, r.role),
    r.sources = CASE WHEN $article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $article END
