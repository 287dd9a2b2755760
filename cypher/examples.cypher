// Questions a reader asks of the graph, each as a `// ` question line followed by one statement
// ending with `;`. The app lists them (CypherCatalog.Examples); paste any into the `query` verb.
// They name no particular person or event, so each answers on whatever articles are loaded.

// Who attended each meeting, the best-attended first?
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
RETURN m.name AS meeting, m.date AS date, m.place AS place, collect(p.name) AS attendees
ORDER BY size(attendees) DESC, date DESC
LIMIT 25;

// Which people met most often (attended the same meetings)?
MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
WHERE a.name < b.name
RETURN a.name AS person, b.name AS metWith, count(DISTINCT m) AS meetings, collect(DISTINCT m.date) AS dates
ORDER BY meetings DESC, person
LIMIT 25;

// Who signed each agreement, and which countries are party to it?
MATCH (a:Agreement)
OPTIONAL MATCH (p:Person)-[:SIGNED]->(a)
WITH a, collect(DISTINCT p.name) AS signers
OPTIONAL MATCH (c:Country)-[:PARTY_TO]->(a)
RETURN a.name AS agreement, a.year AS year, signers, collect(DISTINCT c.name) AS parties
ORDER BY year DESC, agreement;

// Which meetings produced agreements, and where were they held?
MATCH (m:Meeting)-[:PRODUCED]->(a:Agreement)
OPTIONAL MATCH (m)-[:HELD_IN]->(place)
RETURN m.name AS meeting, m.date AS date, collect(DISTINCT place.name) AS heldIn, collect(DISTINCT a.name) AS agreements
ORDER BY date DESC;

// Which countries' representatives met most, and at how many meetings?
MATCH (c:Country)<-[:REPRESENTS]-(p:Person)-[:ATTENDED]->(m:Meeting)
RETURN c.name AS country, count(DISTINCT p) AS people, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, country
LIMIT 20;

// Which agreements reaffirm or build on an earlier one?
MATCH (later)-[:REAFFIRMS]->(earlier:Agreement)
RETURN later.name AS agreement, earlier.name AS reaffirms, earlier.year AS year
ORDER BY year;

// What is the evidence behind each relationship, and from which article?
MATCH (x)-[r]->(y)
WHERE type(r) <> 'MENTIONS'
RETURN x.name AS from, type(r) AS relationship, y.name AS to, r.sources AS sources, r.evidence AS evidence
LIMIT 25;

// Is every evidence sentence in the text of the article listed beside it in sources?
MATCH ()-[r]->()
WHERE type(r) <> 'MENTIONS'
UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS i
MATCH (a:Article {id: r.sources[i]})
RETURN count(*) AS sentences, sum(CASE WHEN a.text CONTAINS r.evidence[i] THEN 1 ELSE 0 END) AS foundInSource;

// Which articles describe the most entities?
MATCH (a:Article)-[:MENTIONS]->(n)
RETURN coalesce(a.title, a.id) AS article, count(n) AS entities
ORDER BY entities DESC;
