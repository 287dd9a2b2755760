// Every statement in cypher/ must pass Neo4j's own Cypher parser and semantic analysis
// (@neo4j-cypher/language-support) under both CYPHER 5 and CYPHER 25: no error and no
// deprecation warning, so the same files serve the embedded store and any Neo4j 5.26+ or 2025.x.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, parseStatementsStrs, isNotParamError } from '@neo4j-cypher/language-support';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const cypherFolder = join(repository, 'cypher');

function cypherFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return cypherFiles(path);
    return name.endsWith('.cypher') ? [path] : [];
  });
}

// A template's {{Placeholders}} take names from the graph model, as CypherCatalog fills them in.
const templateNames = { FromLabel: 'Person', Type: 'ATTENDED', ToLabel: 'Meeting' };

// Comments go before splitting: a ';' inside one must not end a statement.
function statementsOf(text) {
  const withoutComments = text.split('\n').map((line) => (line.trimStart().startsWith('//') ? '' : line)).join('\n')
    .replace(/\{\{(\w+)\}\}/g, (_, name) => templateNames[name] ?? `{{${name}}}`);
  return parseStatementsStrs(withoutComments).map((s) => s.trim().replace(/;$/, '').trim()).filter((s) => s.length > 0);
}

// Parameters are supplied at run time, so "parameter not defined" is no fault of a statement.
function problems(statement, version) {
  const { diagnostics } = lintCypherQuery(`CYPHER ${version} ${statement}`, {});
  return diagnostics.filter((d) => isNotParamError(d) && (d.severity === 1 || /deprecat/i.test(d.message)));
}

const files = cypherFiles(cypherFolder);

test('cypher/ holds statements to check', () => {
  assert.ok(files.length >= 20, `only ${files.length} .cypher files found under ${cypherFolder}`);
});

for (const file of files) {
  const statements = statementsOf(readFileSync(file, 'utf8'));
  test(`${relative(repository, file)} passes Neo4j's parser and semantic analysis under CYPHER 5 and 25`, () => {
    assert.ok(statements.length > 0, 'no statement found');
    for (const version of ['5', '25']) {
      for (const statement of statements) {
        const found = problems(statement, version);
        assert.deepEqual(found.map((d) => d.message), [], `CYPHER ${version}: ${statement.slice(0, 120)}`);
      }
    }
  });
}
