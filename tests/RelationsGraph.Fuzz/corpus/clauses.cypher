// Clauses over the fuzz target's seed graph (Person, Country, Meeting; KNOWS, REPRESENTS, ATTENDED, HELD_IN).
MATCH (n) RETURN n
MATCH (n:Person) RETURN n.name ORDER BY n.name
MATCH (n:Person {id: 1}) RETURN n.name, n.tags
MATCH (n:Person) WHERE n.id = $id RETURN n
MATCH (a)-[r:KNOWS]->(b) RETURN a.name, type(r), b.name
MATCH (a)-[r]-(b) RETURN count(r)
MATCH (a)<-[:KNOWS]-(b) RETURN a, b
MATCH p = (a)-[*1..3]->(b) RETURN length(p) ORDER BY length(p) DESC LIMIT 5
MATCH p = (a)-[:KNOWS*]->(a) RETURN p
MATCH (a:Person), (c:Country) RETURN a.name, c.name
MATCH (a)-->(b)-->(c) RETURN DISTINCT c
MATCH (n) WHERE n:Person OR n:Country RETURN labels(n)
MATCH (n) WHERE NOT (n)-->() RETURN n
MATCH (n) WHERE (n)-[:ATTENDED]->(:Meeting) RETURN n.name
MATCH (n) WHERE exists(n.name) RETURN n.name
MATCH (n) WHERE n.name STARTS WITH 'A' RETURN n
MATCH (n) WHERE n.name =~ 'A.*' RETURN n
MATCH (n) WHERE n.name IN ['Ada', 'Bob'] RETURN n
OPTIONAL MATCH (n:Nothing) RETURN n
MATCH (a:Person) OPTIONAL MATCH (a)-[:REPRESENTS]->(c) RETURN a.name, c.name
MATCH (a {name: 'Ada'}), (b {name: 'Bob'}) MATCH p = shortestPath((a)-[*]-(b)) RETURN p
MATCH (a {name: 'Ada'}), (c:Country) MATCH p = allShortestPaths((a)-[*..4]-(c)) RETURN nodes(p)
MATCH (n) WITH n ORDER BY n.id SKIP 1 LIMIT 2 RETURN n.id
MATCH (n) WITH n.name AS name WHERE name IS NOT NULL RETURN name
MATCH (n) WITH labels(n) AS l, count(*) AS c RETURN l, c
MATCH (n) RETURN n.id AS id, collect(n.name) AS names
MATCH (n) RETURN count(DISTINCT labels(n))
MATCH (n)-[r]->(m) RETURN type(r), count(*) ORDER BY count(*) DESC
UNWIND [1, 2, 3] AS x RETURN x
UNWIND range(1, 10) AS x WITH x WHERE x % 2 = 0 RETURN sum(x)
UNWIND $list AS x RETURN x * 2
UNWIND [[1, 2], [3]] AS xs UNWIND xs AS x RETURN x
UNWIND [] AS x RETURN x
UNWIND null AS x RETURN x
WITH 1 AS a, 2 AS b RETURN a + b
WITH [1, 2, 3] AS xs RETURN xs[0], xs[-1], xs[1..], xs[..2]
WITH {a: 1, b: {c: 2}} AS m RETURN m.a, m.b.c, keys(m)
WITH * , 1 AS one RETURN one
RETURN 1 AS x UNION RETURN 2 AS x
RETURN 1 AS x UNION ALL RETURN 1 AS x
CREATE (n:Test {v: 1}) RETURN n
CREATE (a:T)-[:R {w: 2}]->(b:T) RETURN a, b
MATCH (n:Person {id: 1}) SET n.age = 36 RETURN n.age
MATCH (n:Person {id: 1}) SET n += {x: 1, y: 'z'} RETURN n
MATCH (n:Person {id: 1}) SET n = {} RETURN n
MATCH (n:Person {id: 2}) SET n:Extra RETURN labels(n)
MATCH (n:Person {id: 2}) REMOVE n:Admin, n.since RETURN n
MATCH (n:Country) DETACH DELETE n
MATCH ()-[r:KNOWS]->() DELETE r
MATCH (n:Meeting) DELETE n
MERGE (n:Person {id: 1}) ON MATCH SET n.seen = true RETURN n
MERGE (n:Person {id: 99}) ON CREATE SET n.created = true RETURN n
MATCH (a:Person {id: 1}), (c:Country) MERGE (a)-[r:VISITED]->(c) RETURN r
UNWIND range(1, 20) AS i CREATE (:Bulk {i: i})
UNWIND range(1, 5) AS i MERGE (:Bulk {i: i % 2})
CREATE INDEX FOR (n:Person) ON (n.name)
CREATE CONSTRAINT FOR (n:Person) REQUIRE n.id IS UNIQUE
CALL db.labels() YIELD label RETURN label
CALL db.relationshipTypes()
MATCH (n) RETURN n LIMIT 0
MATCH (n) RETURN n SKIP 100
MATCH (n) RETURN [(n)-->(m) | m.name] AS out
MATCH (n) RETURN size([(n)--() | 1]) AS degree
MATCH (n) WHERE EXISTS { MATCH (n)-->(:Country) } RETURN n
MATCH (n) RETURN n {.name, .id, extra: 1}
MATCH (n) RETURN n {.*}
MATCH (n:Person) WITH collect(n) AS people UNWIND people AS p RETURN p.name
MATCH (n)-[r*0..2]-(m) RETURN count(*)
MATCH (a)-[r1]->(b)-[r2]->(c) WHERE r1 <> r2 RETURN a, c
