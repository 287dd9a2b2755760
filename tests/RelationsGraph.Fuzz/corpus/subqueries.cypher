// Subquery expressions, store counts, identity seeks, CALL subqueries and LOAD CSV (refused: no import directory).
MATCH (p:Person) RETURN p.name, COUNT { (p)-[:KNOWS]->() } AS knows
MATCH (p:Person) RETURN COUNT { MATCH (p)-->(x) RETURN x.name } AS c
MATCH (p:Person) RETURN COLLECT { MATCH (p)-[:KNOWS]->(x) RETURN x.name ORDER BY x.name } AS names
MATCH (p:Person) WHERE EXISTS { MATCH (p)-->(x) WHERE COUNT { (x)-->() } = 0 } RETURN p
MATCH (p:Person) RETURN count(*)
MATCH ()-[r:KNOWS]->() RETURN count(r)
MATCH (p:Person)-[:ATTENDED]->() RETURN p.name, count(*) AS meetings ORDER BY meetings DESC
MATCH (p:Person) RETURN size([(p)-[:KNOWS]-(x) | x]) AS degree
MATCH (n) WHERE elementId(n) = 'n:1' RETURN n
MATCH (n) WHERE elementId(n) IN ['n:0', 'n:2', null, 3] RETURN n
MATCH (a)-[r]-(b) WHERE elementId(r) = 'r:0' RETURN a, b
MATCH (a)-[r]->(b) WHERE id(r) IN [0, 1] RETURN r
MATCH (n:Person WHERE n.id > 1)-[r:KNOWS WHERE r.since > 2000]->(m) RETURN n, m
UNWIND [1, 2, 3] AS x CALL { WITH x CREATE (:N {x: x}) } IN TRANSACTIONS OF 2 ROWS
MATCH (p:Person) CALL (p) { MATCH (p)-->(x) RETURN count(x) AS out } RETURN p.name, out
LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row FIELDTERMINATOR ';' RETURN row, linenumber(), file()
