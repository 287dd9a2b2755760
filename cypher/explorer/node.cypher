// One node by its id key. Parameters: $id.
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
RETURN n AS node
LIMIT 1
