// The articles that mention an entity, most mentions first, with their text so the server can
// pick out the sentences naming it. Parameters: $id (the entity's id key), $limit.
// Each disjunct names a label, so Neo4j answers with a seek on that label's id constraint index
// (a union of seeks) instead of scanning every node, as an unlabelled {id: $id} would.
MATCH (n)
WHERE (n:Person AND n.id = $id)
   OR (n:Country AND n.id = $id)
   OR (n:Meeting AND n.id = $id)
   OR (n:Agreement AND n.id = $id)
   OR (n:Place AND n.id = $id)
   OR (n:Organization AND n.id = $id)
   OR (n:Article AND n.id = $id)
MATCH (a:Article)-[m:MENTIONS]->(n)
RETURN a.id AS id, a.title AS title, a.published AS published, m.count AS count, a.text AS text
ORDER BY count DESC
LIMIT $limit
