// Full-text statements as the embedded store runs them (FullTextStatementScriptTests, in this order on an
// empty store) and as Neo4j's own parser must accept them (fulltext-statements.test.mjs).
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Person|Country) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX texts FOR (n:Article) ON EACH [n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX evidence FOR ()-[r:SIGNED|ATTENDED]-() ON EACH [r.sentence];
CREATE (:Person {name: 'Mira Holt', aliases: ['Ms Holt']})-[:SIGNED {sentence: 'She signed the accord.'}]->(:Agreement {name: 'Lakeside Accord'}),
       (:Article {title: 'Accord signed', text: 'The leaders were meeting in Lakeside.'});
SHOW FULLTEXT INDEXES;
SHOW INDEXES;
CALL db.index.fulltext.queryNodes('names', 'hlot~ OR "ms holt" OR mira*') YIELD node, score RETURN node.name, score;
CALL db.index.fulltext.queryNodes('names', $query, {limit: 5}) YIELD node, score RETURN node, score ORDER BY score DESC;
CALL db.index.fulltext.queryNodes('texts', 'meetings') YIELD node RETURN node.title;
CALL db.index.fulltext.queryRelationships('evidence', 'accord') YIELD relationship, score RETURN type(relationship), score;
DROP INDEX texts;
DROP INDEX evidence IF EXISTS;
