// Entry of the console's lint bundle: Neo4j's current Cypher parser and semantic analysis
// (@neo4j-cypher/language-support, the checker the tests run over cypher/ under CYPHER 5 and 25).
// It is large (several MB), so the build bundles it apart from the editor and the page loads it only
// in the lint worker (wwwroot/js/cypher-lint-worker.js), the first time the console's editor lints.
export { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';
