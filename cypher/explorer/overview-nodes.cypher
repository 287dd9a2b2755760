// The entities of the opening view (articles left out), best-connected first is not needed:
// the page sizes nodes by degree itself. Parameters: $limit (integer).
MATCH (n)
WHERE NOT n:Article
RETURN n AS node
LIMIT $limit
