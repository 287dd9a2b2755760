// The Kuzu side of the engine benchmark (bench/RelationsGraph.Benchmarks, `--peer kuzu`).
// A child process speaking one JSON object per line: a request on stdin, its answer on stdout.
// Every timing is taken here, around Kuzu's own calls, so pipe and JSON costs stay outside the figures,
// as the C# side times its engine in-process.
//
//   node peer.mjs                   serve requests (load, close, reopen, run, rss, version, quit)
//   node peer.mjs probe DIR ID      fresh process: open DIR, look ID up, print open time and RSS
//   node peer.mjs merge DIR NODES RELATIONSHIPS LIMIT BATCH
//                                   fresh process: UNWIND ... MERGE into a new DIR, print seconds and count
// The one-shot modes run in their own process because a database closed under live statement objects
// can take the process down when those are finalized later.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import kuzu from "kuzu";

// The measured queries, the same questions the C# side asks in Neo4j's dialect (Kuzu spells shortest paths its own way).
const queries = {
  lookup: "MATCH (p:Person) WHERE p.id = $a RETURN p.id",
  oneHop: "MATCH (p:Person)-[:KNOWS]-(q:Person) WHERE p.id = $a RETURN count(q)",
  twoHop: "MATCH (p:Person)-[:KNOWS]-(:Person)-[:KNOWS]-(q:Person) WHERE p.id = $a AND q.id <> $a RETURN count(DISTINCT q)",
  shortestPath: "MATCH p = (a:Person)-[:KNOWS* SHORTEST 1..30]-(b:Person) WHERE a.id = $a AND b.id = $b RETURN length(p)",
  topDegree: "MATCH (p:Person)-[:KNOWS]-(:Person) RETURN p.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 10",
  scanFilter: "MATCH (p:Person) WHERE p.score >= $a AND p.score < $b RETURN count(*)",
};

let database = null;
let connection = null;
const prepared = new Map();

function open(directory) {
  close();
  database = new kuzu.Database(directory);
  connection = new kuzu.Connection(database);
}

function close() {
  prepared.clear();
  connection?.closeSync();
  database?.closeSync();
  connection = database = null;
}

/** The rows of a result as arrays; every result is closed at once, never left to a finalizer after its database closes. */
function rows(result) {
  const results = Array.isArray(result) ? result : [result];
  const all = results.at(-1).getAllSync();
  for (const each of results) each.close();
  return all.map((row) => Object.values(row).map((v) => (typeof v === "bigint" ? Number(v) : v)));
}

/** The answer as the C# side prints it: one scalar, or "id:degree,..." for top-10 lists; -1 when there is no row. */
function answer(measure, table) {
  if (measure === "topDegree") return table.map((r) => `${r[0]}:${r[1]}`).join(",");
  return table.length === 0 ? -1 : Number(table[0][0]);
}

function run(measure, parameters) {
  let statement = prepared.get(measure);
  if (!statement) prepared.set(measure, (statement = connection.prepareSync(queries[measure])));
  const times = [];
  const answers = [];
  for (const [a, b] of parameters) {
    const started = process.hrtime.bigint();
    const values = a === undefined ? {} : b === undefined ? { a } : { a, b };
    const table = rows(connection.executeSync(statement, values));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    answers.push(answer(measure, table));
  }
  return { times, answers };
}

/** Creates the tables and bulk-loads the CSV files with COPY FROM; the time covers schema and both copies. */
function load({ directory, nodes, relationships }) {
  open(directory);
  const started = process.hrtime.bigint();
  rows(connection.querySync("CREATE NODE TABLE Person(id INT64, score INT64, PRIMARY KEY (id))"));
  rows(connection.querySync("CREATE REL TABLE KNOWS(FROM Person TO Person)"));
  rows(connection.querySync(`COPY Person FROM '${nodes}' (HEADER=true)`));
  rows(connection.querySync(`COPY KNOWS FROM '${relationships}' (HEADER=true)`));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const count = Number(rows(connection.querySync("MATCH ()-[r:KNOWS]->() RETURN count(r)"))[0][0]);
  return { seconds, count };
}

/** The rows of a two-column CSV file as {a, b} objects, header skipped, at most limit of them. */
function pairs(path, limit) {
  const lines = readFileSync(path, "utf8").split("\n");
  const rows = [];
  for (let i = 1; i < lines.length && rows.length < limit; i++)
    if (lines[i]) { const [a, b] = lines[i].split(","); rows.push({ a: Number(a), b: Number(b) }); }
  return rows;
}

/**
 * Writes through Cypher as an application would: UNWIND $rows ... MERGE in batches, into a new database.
 * Returns the seconds spent on the relationship batches after a small warm-up (the nodes go in first, untimed).
 */
function merge({ directory, nodes, relationships, limit, batch }) {
  open(directory);
  rows(connection.querySync("CREATE NODE TABLE Person(id INT64, score INT64, PRIMARY KEY (id))"));
  rows(connection.querySync("CREATE REL TABLE KNOWS(FROM Person TO Person)"));
  const mergeNodes = connection.prepareSync("UNWIND $rows AS r MERGE (p:Person {id: r.a}) SET p.score = r.b");
  const nodeRows = pairs(nodes, Infinity);
  for (let i = 0; i < nodeRows.length; i += batch) rows(connection.executeSync(mergeNodes, { rows: nodeRows.slice(i, i + batch) }));
  const mergeRelationships = connection.prepareSync(
    "UNWIND $rows AS r MATCH (a:Person {id: r.a}), (b:Person {id: r.b}) MERGE (a)-[:KNOWS]->(b)");
  const relationshipRows = pairs(relationships, limit);
  const warmUp = Math.min(100, Math.floor(limit / 10)); // untimed, as on the C# side (EmbeddedPeer.MergeWarmUp)
  rows(connection.executeSync(mergeRelationships, { rows: relationshipRows.slice(0, warmUp) }));
  const started = process.hrtime.bigint();
  for (let i = warmUp; i < relationshipRows.length; i += batch)
    rows(connection.executeSync(mergeRelationships, { rows: relationshipRows.slice(i, i + batch) }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const count = Number(rows(connection.querySync("MATCH ()-[r:KNOWS]->() RETURN count(r)"))[0][0]);
  return { seconds, count };
}

/** Closes and reopens the database, then answers one lookup: the time to a first answer from a saved store. */
function reopen({ directory, id }) {
  close();
  const started = process.hrtime.bigint();
  open(directory);
  const table = rows(connection.querySync(`MATCH (p:Person) WHERE p.id = ${Number(id)} RETURN p.id`));
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, answer: answer("lookup", table) };
}

function handle(request) {
  switch (request.op) {
    case "load": return load(request);
    case "reopen": return reopen(request);
    case "run": return run(request.measure, request.parameters);
    case "close": close(); return {};
    case "rss": return { rss: process.memoryUsage().rss };
    case "version": return { version: kuzu.VERSION };
    default: throw new Error(`unknown op ${request.op}`);
  }
}

if (process.argv[2] === "merge") {
  const [directory, nodes, relationships, limit, batch] = process.argv.slice(3);
  console.log(JSON.stringify(merge({ directory, nodes, relationships, limit: Number(limit), batch: Number(batch) })));
  process.exit(0);
} else if (process.argv[2] === "probe") {
  const result = reopen({ directory: process.argv[3], id: process.argv[4] });
  console.log(JSON.stringify({ ...result, rss: process.memoryUsage().rss }));
  close();
} else {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const request = JSON.parse(line);
    if (request.op === "quit") break;
    let reply;
    try { reply = { ok: true, ...handle(request) }; }
    catch (error) { reply = { ok: false, error: String(error?.message ?? error) }; }
    process.stdout.write(JSON.stringify(reply) + "\n");
  }
  close();
}
