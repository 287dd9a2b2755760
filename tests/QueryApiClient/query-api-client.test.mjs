// Neo4j's own Query API client (@neo4j-labs/experimental-query-api-wrapper, on neo4j-driver-core)
// against the app's served Query API: this file starts `RelationsGraph serve` on a free loopback
// port with a fresh store and a Query API password, runs queries and transactions through the
// client, checks what comes back, and stops the server. Needs the Release build (scripts/test.sh).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from '@neo4j-labs/experimental-query-api-wrapper';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const app = join(repository, 'src/RelationsGraph/bin/Release/net10.0/RelationsGraph.dll');
const password = 'query-api-test';
let server;
let baseUrl;
let dataDirectory;
let driver;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForDiscovery(url, process) {
  for (let i = 0; i < 300; i++) {
    if (process.exitCode !== null) throw new Error(`serve exited with ${process.exitCode}`);
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (response.ok) return await response.json();
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`serve did not answer at ${url}`);
}

before(async () => {
  assert.ok(existsSync(app), `build the app first (dotnet build -c Release): ${app}`);
  const port = await freePort();
  dataDirectory = mkdtempSync(join(tmpdir(), 'rg-query-api-client-'));
  server = spawn('dotnet', [app, 'serve', '--urls', `http://127.0.0.1:${port}`, '--data', dataDirectory, '--no-samples'], {
    env: { ...process.env, RELATIONSGRAPH_QUERY_API_PASSWORD: password },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  baseUrl = `http://127.0.0.1:${port}`;
  const discovery = await waitForDiscovery(`${baseUrl}/`, server);
  assert.equal(discovery.query, `http://127.0.0.1:${port}/db/{databaseName}/query/v2`);
  driver = neo4j.wrapper(baseUrl, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
});

after(async () => {
  await driver?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
});

test('an auto-commit query returns records, counters and a bookmark', async () => {
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(
      "CREATE (a:ClientProbe {name: $name, score: 2.5, tags: ['x', 'y']})-[r:KNOWS {since: 2020}]->(b:ClientProbe {name: 'b'}) RETURN a, r, b, 40 + 2 AS answer",
      { name: 'a' });
    const record = result.records[0];
    assert.deepEqual(record.keys, ['a', 'r', 'b', 'answer']);
    assert.deepEqual(record.get('a').labels, ['ClientProbe']);
    assert.equal(record.get('a').properties.name, 'a');
    assert.equal(record.get('a').properties.score, 2.5);
    assert.deepEqual(record.get('a').properties.tags, ['x', 'y']);
    assert.equal(record.get('r').type, 'KNOWS');
    assert.equal(record.get('r').startNodeElementId, record.get('a').elementId);
    assert.equal(record.get('r').endNodeElementId, record.get('b').elementId);
    assert.equal(record.get('answer'), 42);
    assert.equal(result.summary.counters.updates().nodesCreated, 2);
    assert.equal(result.summary.counters.updates().relationshipsCreated, 1);
    assert.ok(session.lastBookmarks().length > 0, 'a write returns a bookmark');
  } finally {
    await session.close();
  }
});

test('paths, temporal values and maps come back typed', async () => {
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(
      "MATCH p = (:ClientProbe {name: 'a'})-[:KNOWS]->(:ClientProbe {name: 'b'}) RETURN p, date('2026-01-13') AS d, {k: [1, null]} AS m");
    const record = result.records[0];
    assert.equal(record.get('p').length, 1);
    assert.equal(record.get('p').start.properties.name, 'a');
    assert.equal(record.get('d').toString(), '2026-01-13');
    assert.deepEqual(record.get('m'), { k: [1, null] });
  } finally {
    await session.close();
  }
});

test('an explicit transaction commits, and a rolled-back one leaves nothing', async () => {
  const session = driver.session({ database: 'neo4j' });
  try {
    const tx = await session.beginTransaction();
    await tx.run('CREATE (:ClientProbe {step: 1})');
    const seen = await tx.run('MATCH (n:ClientProbe {step: 1}) RETURN count(n) AS n');
    assert.equal(seen.records[0].get('n'), 1);
    await tx.commit();

    const abandoned = await session.beginTransaction();
    await abandoned.run('CREATE (:ClientProbe {step: 2})');
    await abandoned.rollback();

    const steps = await session.run('MATCH (n:ClientProbe) WHERE n.step IS NOT NULL RETURN collect(n.step) AS steps');
    assert.deepEqual(steps.records[0].get('steps'), [1]);
  } finally {
    await session.close();
  }
});

test('managed read and write transactions (executeRead / executeWrite)', async () => {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.executeWrite((tx) => tx.run("MERGE (:ClientProbe {name: 'managed'})"));
    const names = await session.executeRead(async (tx) => {
      const result = await tx.run("MATCH (n:ClientProbe {name: 'managed'}) RETURN n.name AS name");
      return result.records.map((r) => r.get('name'));
    });
    assert.deepEqual(names, ['managed']);
    await assert.rejects(session.executeRead((tx) => tx.run('CREATE (:ClientProbe)')),
      (error) => error.code === 'Neo.ClientError.Statement.AccessMode');
  } finally {
    await session.close();
  }
});

test("errors arrive with Neo4j's codes", async () => {
  const session = driver.session({ database: 'neo4j' });
  try {
    await assert.rejects(session.run('MATCH (n)\nRETRN n'), (error) => {
      assert.equal(error.code, 'Neo.ClientError.Statement.SyntaxError');
      assert.match(error.message, /line 2, column 1/);
      return true;
    });
    await assert.rejects(session.run('RETURN $absent'), (error) => error.code === 'Neo.ClientError.Statement.ParameterMissing');
    await assert.rejects(session.run("CREATE (:ClientProbe {mixed: [1, 'two']})"), (error) => error.code === 'Neo.ClientError.Statement.TypeError');
  } finally {
    await session.close();
  }
});

test('a wrong password is refused', async () => {
  const intruder = neo4j.wrapper(baseUrl, neo4j.auth.basic('neo4j', 'wrong'));
  const session = intruder.session({ database: 'neo4j' });
  try {
    await assert.rejects(session.run('RETURN 1'), (error) => error.code === 'Neo.ClientError.Security.Unauthorized');
  } finally {
    await session.close();
    await intruder.close();
  }
});

test("EXPLAIN and PROFILE return Neo4j's plan in the summary", async () => {
  const session = driver.session({ database: 'neo4j' });
  try {
    const explained = await session.run("EXPLAIN MATCH (n:ClientProbe) WHERE n.name = 'a' RETURN n.name AS name");
    assert.equal(explained.records.length, 0);
    assert.ok(explained.summary.hasPlan());
    assert.equal(explained.summary.plan.operatorType, 'ProduceResults@neo4j');
    const operators = [];
    for (let step = explained.summary.plan; step; step = step.children[0]) operators.push(step.operatorType);
    // The WHERE comparison is applied inside the label scan (one operator, as PROFILE measures it).
    assert.deepEqual(operators, ['ProduceResults@neo4j', 'Projection@neo4j', 'NodeByLabelScanColumnFilter@neo4j']);
    assert.equal(explained.summary.plan.children[0].children[0].arguments.Details, "n:ClientProbe WHERE n.name = 'a'");

    const profiled = await session.run("PROFILE MATCH (n:ClientProbe) WHERE n.name = 'a' RETURN n.name AS name");
    assert.deepEqual(profiled.records.map((r) => r.get('name')), ['a']);
    assert.ok(profiled.summary.hasProfile());
    const profile = profiled.summary.profile;
    assert.equal(profile.rows, 1);
    let scan = profile;
    while (scan.children.length) scan = scan.children[0];
    assert.equal(scan.operatorType, 'NodeByLabelScanColumnFilter@neo4j');
    assert.equal(scan.rows, 1);
    assert.ok(scan.dbHits > scan.rows, 'the scan is charged a db hit per node it reads and one to open it');
  } finally {
    await session.close();
  }
});
