// An article with the entities it mentions (and how often), most mentioned first.
// Parameters: $id (the Article id).
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[m:MENTIONS]->(n)
WITH a, m, n
ORDER BY m.count DESC
RETURN a AS article, [x IN collect({entity: n, count: m.count}) WHERE x.entity IS NOT NULL] AS entities
