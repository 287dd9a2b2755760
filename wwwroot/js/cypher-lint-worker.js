// The console editor's linter, off the page's thread: Neo4j's current Cypher parser and semantic analysis
// (@neo4j-cypher/language-support, bundled into lib/cypher-language-support) take tens to hundreds of
// milliseconds per statement and several MB to load, which a worker keeps from freezing the typing.
// Asked { id, text, schema }, it answers { id, diagnostics } with offsets into text.
import { lintCypherQuery, isNotParamError } from '../lib/cypher-language-support/cypher-language-support.js';

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

self.onmessage = ({ data: { id, text, schema } }) => {
  let diagnostics = [];
  try {
    // Parameters come from the console's JSON box, not from the statement: "not defined" is no fault here.
    diagnostics = lintCypherQuery(text, schema ?? {}).diagnostics.filter(isNotParamError).map(d => ({
      from: d.offsets.start, to: Math.max(d.offsets.end, d.offsets.start), severity: severities[d.severity] ?? 'error', message: d.message,
    }));
  } catch (error) {
    // A checker failure must not look like an error in the user's statement: say nothing.
    console.warn('Cypher lint failed', error);
  }
  self.postMessage({ id, diagnostics });
};
