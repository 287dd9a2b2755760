// The whole graph by label, most numerous first (the overview's summary).
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS count
ORDER BY count DESC, label
