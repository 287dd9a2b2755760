// The full-text statements the embedded store runs (fulltext-statements.cypher) must pass Neo4j's own
// parser and semantic analysis under CYPHER 5 and 25, so the same text runs on Neo4j.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintCypherQuery, parseStatementsStrs, isNotParamError } from '@neo4j-cypher/language-support';

const text = readFileSync(new URL('./fulltext-statements.cypher', import.meta.url), 'utf8')
  .split('\n').map((line) => (line.trimStart().startsWith('//') ? '' : line)).join('\n');
const statements = parseStatementsStrs(text).map((s) => s.trim().replace(/;$/, '').trim()).filter((s) => s.length > 0);

function errors(statement, version) {
  const { diagnostics } = lintCypherQuery(`CYPHER ${version} ${statement}`, {});
  return diagnostics.filter((d) => isNotParamError(d) && (d.severity === 1 || /deprecat/i.test(d.message)));
}

test('the full-text statements file holds every form the engine tests', () => {
  assert.equal(statements.length, 12);
});

test('every full-text statement passes Neo4j\'s parser under CYPHER 5 and 25', () => {
  for (const version of ['5', '25'])
    for (const statement of statements)
      assert.deepEqual(errors(statement, version).map((d) => d.message), [], `CYPHER ${version}: ${statement}`);
});

test('the checker does see full-text syntax: a form Neo4j rejects is reported', () => {
  assert.ok(errors('CREATE FULLTEXT INDEX bad FOR (n:A|B) ON [n.p]', '5').length > 0);
});
