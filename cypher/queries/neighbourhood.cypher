// Neighbourhood: a node and its direct neighbours through model relationships (not the
// articles that merely mention it), one row per relationship.
// Parameters: $id (the node's id key), $limit (integer).
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
OPTIONAL MATCH (n)-[r:REPRESENTS|ATTENDED|HELD_IN|PRODUCED|SIGNED|PARTY_TO|REAFFIRMS|LOCATED_IN|MEMBER_OF|AFFILIATED_WITH]-(m)
RETURN n AS node, r AS relationship, m AS neighbour
LIMIT $limit
