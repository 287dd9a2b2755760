// Whether the store holds any article yet (first-run detection).
MATCH (a:Article)
RETURN a.id AS id
LIMIT 1
