// Search: entities whose name or an alias matches the words typed, through the full-text index
// entity_names (schema.cypher), best match first: exact words, then prefixes and near spellings.
// Parameters: $query (a Lucene query; FullTextSearchQuery builds it from the words typed), $limit (integer).
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
RETURN node, labels(node)[0] AS label, score
ORDER BY score DESC, size(node.name), node.name
