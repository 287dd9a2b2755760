// The loaded articles, newest first. Parameters: $limit.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source
ORDER BY published DESC, title
LIMIT $limit
