// Shortest paths between two entities through model relationships (articles left out, since
// every pair of entities named by one article would otherwise be two steps apart).
// Parameters: $from, $to (id keys).
// Each disjunct names a label, so Neo4j answers with a seek on that label's id constraint index
// (a union of seeks) instead of scanning every node, as an unlabelled {id: $id} would.
// a <> b: Neo4j refuses a shortest path from a node to itself.
MATCH (a)
WHERE (a:Person AND a.id = $from)
   OR (a:Country AND a.id = $from)
   OR (a:Meeting AND a.id = $from)
   OR (a:Agreement AND a.id = $from)
   OR (a:Place AND a.id = $from)
   OR (a:Organization AND a.id = $from)
   OR (a:Article AND a.id = $from)
MATCH (b)
WHERE ((b:Person AND b.id = $to)
   OR (b:Country AND b.id = $to)
   OR (b:Meeting AND b.id = $to)
   OR (b:Agreement AND b.id = $to)
   OR (b:Place AND b.id = $to)
   OR (b:Organization AND b.id = $to)
   OR (b:Article AND b.id = $to))
  AND a <> b
MATCH p = allShortestPaths((a)-[:REPRESENTS|ATTENDED|HELD_IN|PRODUCED|SIGNED|PARTY_TO|REAFFIRMS|LOCATED_IN|MEMBER_OF|AFFILIATED_WITH*..6]-(b))
RETURN p AS path
LIMIT 10
