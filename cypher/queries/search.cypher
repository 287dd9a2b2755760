// Search: entities whose name or any alias contains the term (case-insensitive), shortest
// names first so an exact hit comes before longer names that merely contain it.
// Parameters: $term (string), $limit (integer).
MATCH (n)
WHERE NOT n:Article
  AND (toLower(n.name) CONTAINS toLower($term)
       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS toLower($term)))
RETURN n AS node, labels(n)[0] AS label
ORDER BY size(n.name), n.name
LIMIT $limit
