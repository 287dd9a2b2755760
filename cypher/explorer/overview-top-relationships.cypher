// The model relationships among the most connected entities (the same choice as overview-top-nodes).
// Parameters: $limit (integer, nodes), $relationships (integer).
MATCH (n)
WHERE NOT n:Article
WITH n, size([(n)-[r]-() WHERE type(r) <> 'MENTIONS' | r]) AS degree
ORDER BY degree DESC
LIMIT $limit
WITH collect(n) AS top
UNWIND top AS a
MATCH (a)-[r]->(b)
WHERE type(r) <> 'MENTIONS' AND b IN top
RETURN r AS relationship
LIMIT $relationships
