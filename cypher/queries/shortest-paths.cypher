// Shortest paths between two entities through model relationships (articles left out, since
// every pair of entities named by one article would otherwise be two steps apart).
// Parameters: $from, $to (id keys).
MATCH (a {id: $from}), (b {id: $to})
MATCH p = allShortestPaths((a)-[:REPRESENTS|ATTENDED|HELD_IN|PRODUCED|SIGNED|PARTY_TO|REAFFIRMS|LOCATED_IN|MEMBER_OF|AFFILIATED_WITH*..6]-(b))
RETURN p AS path
LIMIT 10
