// Questions a reader asks of the graph, each as a `// ` question line followed by one statement
// ending with `;`. The app lists them (CypherCatalog.Examples); paste any into the `query` verb.

// Who attended the Nara summit?
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
WHERE toLower(coalesce(m.place, '')) CONTAINS 'nara' OR toLower(m.name) CONTAINS 'nara'
RETURN m.name AS meeting, m.date AS date, p.name AS person, a.role AS role
ORDER BY person;

// Which meetings did Lee Jae Myung and Shigeru Ishiba both attend?
MATCH (lee:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(ishiba:Person)
WHERE any(x IN lee.aliases WHERE toLower(x) IN ['lee jae myung', 'lee jae-myung'])
  AND any(y IN ishiba.aliases WHERE toLower(y) = 'shigeru ishiba')
RETURN m.name AS meeting, m.kind AS kind, m.date AS date, m.place AS place
ORDER BY date;

// Who signed the 1998 joint declaration, and which countries are party to it?
MATCH (a:Agreement {year: 1998})
OPTIONAL MATCH (p:Person)-[:SIGNED]->(a)
WITH a, collect(DISTINCT p.name) AS signers
OPTIONAL MATCH (c:Country)-[:PARTY_TO]->(a)
RETURN a.name AS agreement, signers, collect(DISTINCT c.name) AS parties;

// Which agreements did the August 2025 Tokyo summit produce? (An article that gives no date leaves the meeting's date null.)
MATCH (m:Meeting)-[:PRODUCED]->(a:Agreement)
WHERE coalesce(m.date, '2025-08') STARTS WITH '2025-08' AND toLower(coalesce(m.place, '')) CONTAINS 'tokyo'
RETURN m.name AS meeting, m.date AS date, a.name AS agreement, a.kind AS kind
ORDER BY agreement;

// Which meetings did Sanae Takaichi attend, in date order?
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
WHERE any(x IN p.aliases WHERE toLower(x) = 'sanae takaichi')
RETURN m.date AS date, m.name AS meeting, m.place AS place, a.role AS role
ORDER BY date;

// Which agreements reaffirm an earlier one?
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
RETURN a.title AS article, count(n) AS entities
ORDER BY entities DESC;
