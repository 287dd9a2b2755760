// Neighbourhood: a node and its direct neighbours through model relationships (not the
// articles that merely mention it), one row per relationship.
// Parameters: $id (the node's id key), $limit (integer).
MATCH (n {id: $id})
OPTIONAL MATCH (n)-[r:REPRESENTS|ATTENDED|HELD_IN|PRODUCED|SIGNED|PARTY_TO|REAFFIRMS|LOCATED_IN|MEMBER_OF|AFFILIATED_WITH]-(m)
RETURN n AS node, r AS relationship, m AS neighbour
LIMIT $limit
