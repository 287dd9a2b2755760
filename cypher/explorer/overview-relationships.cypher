// The model relationships of the opening view (MENTIONS left out). Parameters: $limit (integer).
MATCH (a)-[r]->(b)
WHERE type(r) <> 'MENTIONS'
RETURN r AS relationship
LIMIT $limit
