// Links one article to the entities it names (MENTIONS, with how often).
// Template: {{Label}} is replaced by a node label of graph-model.md (checked against that list)
// because Cypher cannot take a label as a parameter; every value still goes as a parameter.
// Parameters: $article (Article id), $batch, a list of {id, count}.
UNWIND $batch AS row
MATCH (a:Article {id: $article})
MATCH (n:{{Label}} {id: row.id})
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.count
