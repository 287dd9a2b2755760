// The opening view of a graph larger than the view budget: the most connected entities (degree over
// model relationships, MENTIONS left out), never the first ones in storage order.
// Parameters: $limit (integer).
MATCH (n)
WHERE NOT n:Article
WITH n, size([(n)-[r]-() WHERE type(r) <> 'MENTIONS' | r]) AS degree
ORDER BY degree DESC
LIMIT $limit
RETURN n AS node, degree
