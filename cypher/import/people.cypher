// Import: people and the countries they represent, from a CSV file with a header line
// (id,name,countryId,country; people.csv beside this file is an example). LOAD CSV reads file:///
// URLs inside the import directory only: QueryOptions.ImportDirectory in the engine, the query verb's
// --import-dir, server.directories.import in Neo4j. Values arrive as strings; a missing field is null.
// CALL ... IN TRANSACTIONS commits every 500 rows, so a large file loads in batches; like Neo4j, it
// must run as an auto-commit statement, not inside an explicit transaction.
//   dotnet run --project src/RelationsGraph -- query --write --import-dir cypher/import "$(cat cypher/import/people.cypher)"
LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row
CALL (row) {
  MERGE (p:Person {id: row.id})
    ON CREATE SET p.name = row.name
  MERGE (c:Country {id: row.countryId})
    ON CREATE SET c.name = row.country
  MERGE (p)-[r:REPRESENTS]->(c)
    ON CREATE SET r.sources = [], r.evidence = [], r.confidence = 1.0
} IN TRANSACTIONS OF 500 ROWS;
