// One node by its id key. Parameters: $id.
MATCH (n {id: $id})
RETURN n AS node
LIMIT 1
