// The provenance of one relationship: each supporting article with the sentence it gave.
// Parameters: $elementId (the relationship's elementId).
MATCH ()-[r]->()
WHERE elementId(r) = $elementId
UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS i
OPTIONAL MATCH (a:Article {id: r.sources[i]})
RETURN r.sources[i] AS article, a.title AS title, r.evidence[i] AS evidence
