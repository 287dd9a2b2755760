// The articles that mention an entity, most mentions first, with their text so the server can
// pick out the sentences naming it. Parameters: $id (the entity's id key), $limit.
MATCH (a:Article)-[m:MENTIONS]->(n {id: $id})
RETURN a.id AS id, a.title AS title, a.published AS published, m.count AS count, a.text AS text
ORDER BY count DESC
LIMIT $limit
