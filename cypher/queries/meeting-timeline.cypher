// Timeline of meetings, oldest first (undated last), with their attendees; optionally only
// those a given person attended.
// Parameters: $person (a Person id key, or null for every meeting).
MATCH (m:Meeting)
OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m)
WITH m, collect(p) AS attendees
WHERE $person IS NULL OR any(x IN attendees WHERE x.id = $person)
RETURN m.date AS date, m AS meeting, attendees
ORDER BY date, m.name
