// The whole graph by relationship type, most numerous first (the overview's summary).
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY count DESC, type
