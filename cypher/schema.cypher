// Schema: one uniqueness constraint on `id` per label (MERGE keys; also the lookup index),
// and an index on Article.sha256 so the loader can tell an already-loaded article quickly.
// Run once per database before loading; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE INDEX article_sha256 IF NOT EXISTS FOR (n:Article) ON (n.sha256);
// Full-text search (Lucene, in Neo4j and in the embedded store alike): entity names and every alias,
// for the explorer's search box (queries/search), and the articles' titles and text for the console.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Meeting|Agreement|Place|Organization) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text];
// Neo4j fills a new index in the background: wait until every index is online before loading or searching.
CALL db.awaitIndexes(300);
