// The first layout of a large view, on plain arrays rather than through cytoscape collections:
// Pivot MDS (Brandes & Pich's sparse stress approximation, the idea behind fcose's "draft" spectral
// phase). Hop distances from a few well-spread pivot nodes are double-centred, and the two main
// axes of that matrix give each node its place; connected components are laid out one by one and
// set side by side in rows. It is linear in the graph's size, so thousands of nodes take
// milliseconds; spreadOverlaps then moves apart the nodes it places on one spot.

const PIVOTS = 25;
const HOP = 90;

/** Positions for the given nodes (and the edges among them), as a Map from node id to {x, y}. */
export function pivotLayout(nodes, edges) {
  const ids = nodes.map(n => n.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacent = ids.map(() => []);
  edges.forEach(e => {
    const a = index.get(e.source().id()), b = index.get(e.target().id());
    if (a === undefined || b === undefined || a === b) return;
    adjacent[a].push(b);
    adjacent[b].push(a);
  });
  const laidOut = components(adjacent).map(members => giveRoom(layoutComponent(members, adjacent)));
  const positions = new Map();
  packInRows(laidOut).forEach(({ members, xs, ys }) => members.forEach((m, i) => positions.set(ids[m], { x: xs[i], y: ys[i] })));
  return positions;
}

function components(adjacent) {
  const seen = new Uint8Array(adjacent.length);
  const result = [];
  for (let start = 0; start < adjacent.length; start++) {
    if (seen[start]) continue;
    const members = [start];
    seen[start] = 1;
    for (let q = 0; q < members.length; q++) for (const next of adjacent[members[q]]) if (!seen[next]) { seen[next] = 1; members.push(next); }
    result.push(members);
  }
  return result.sort((a, b) => b.length - a.length);
}

/** Hop distances from one node to every node of its component (indexed by global node index). */
function hops(from, adjacent, distance) {
  distance.fill(-1);
  distance[from] = 0;
  const queue = [from];
  for (let q = 0; q < queue.length; q++) for (const next of adjacent[queue[q]]) if (distance[next] < 0) { distance[next] = distance[queue[q]] + 1; queue.push(next); }
}

function layoutComponent(members, adjacent) {
  const n = members.length;
  if (n <= 2) return { members, xs: members.map((_, i) => i * HOP), ys: members.map(() => 0) };
  // Pivots: the best-connected node, then each time the node farthest from those chosen.
  const k = Math.min(PIVOTS, n);
  const columns = [];
  const nearest = new Float64Array(n).fill(Infinity);
  const distance = new Int32Array(adjacent.length);
  let pivot = members.reduce((best, m) => (adjacent[m].length > adjacent[best].length ? m : best), members[0]);
  for (let p = 0; p < k; p++) {
    hops(pivot, adjacent, distance);
    const column = new Float64Array(n);
    let farthest = 0;
    for (let i = 0; i < n; i++) {
      const d = distance[members[i]] * HOP;
      column[i] = d * d;
      nearest[i] = Math.min(nearest[i], d);
      if (nearest[i] > nearest[farthest]) farthest = i;
    }
    columns.push(column);
    pivot = members[farthest];
  }
  // Double centring of the squared distances (n x k).
  const rowMean = new Float64Array(n);
  const colMean = columns.map(c => c.reduce((s, v) => s + v, 0) / n);
  for (const c of columns) for (let i = 0; i < n; i++) rowMean[i] += c[i] / k;
  const total = colMean.reduce((s, v) => s + v, 0) / k;
  for (let p = 0; p < k; p++) for (let i = 0; i < n; i++) columns[p][i] = -0.5 * (columns[p][i] - rowMean[i] - colMean[p] + total);
  // The two main axes of C: eigenvectors of the small k x k matrix CᵀC by power iteration.
  const ctc = columns.map(a => columns.map(b => { let s = 0; for (let i = 0; i < n; i++) s += a[i] * b[i]; return s; }));
  const first = mainAxis(ctc, []);
  const second = mainAxis(ctc, [first]);
  const project = v => { const out = new Float64Array(n); for (let p = 0; p < k; p++) for (let i = 0; i < n; i++) out[i] += columns[p][i] * v[p]; return out; };
  const xs = project(first), ys = project(second);
  // Eigenvector scale is arbitrary: bring the mean edge length to one hop.
  let sum = 0, count = 0;
  members.forEach((m, i) => adjacent[m].forEach(j => { const jj = localIndex(members, j); if (jj > i) { sum += Math.hypot(xs[i] - xs[jj], ys[i] - ys[jj]); count++; } }));
  const scale = count && sum > 0 ? HOP / (sum / count) : 1;
  return { members, xs: Array.from(xs, v => v * scale), ys: Array.from(ys, v => v * scale) };
}

const localIndexes = new WeakMap();
function localIndex(members, global) {
  let map = localIndexes.get(members);
  if (!map) { map = new Map(members.map((m, i) => [m, i])); localIndexes.set(members, map); }
  return map.get(global);
}

function mainAxis(matrix, orthogonalTo) {
  const k = matrix.length;
  let v = Array.from({ length: k }, (_, i) => 1 + ((i * 7919) % 13) / 13); // fixed start: the same graph, the same drawing
  for (let step = 0; step < 100; step++) {
    for (const u of orthogonalTo) { const d = v.reduce((s, x, i) => s + x * u[i], 0); v = v.map((x, i) => x - d * u[i]); }
    const next = matrix.map(row => row.reduce((s, x, i) => s + x * v[i], 0));
    const norm = Math.hypot(...next) || 1;
    const done = next.every((x, i) => Math.abs(x / norm - v[i]) < 1e-7);
    v = next.map(x => x / norm);
    if (done) break;
  }
  return v;
}

/**
 * Nodes the layout puts on one spot (same neighbours, same distances) need room around it: a
 * component is enlarged until it has about ROOM² per node, and a long thin one is made at
 * least a third as tall as it is wide (or the reverse), so overlap removal has space nearby.
 */
const ROOM = HOP / 3;
function giveRoom(component) {
  const { xs, ys } = component;
  const n = xs.length;
  if (n < 3) return component;
  const extent = v => Math.max(Math.max(...v) - Math.min(...v), 1);
  let w = extent(xs), h = extent(ys);
  const grow = Math.max(1, Math.sqrt((n * ROOM * ROOM) / (w * h)));
  w *= grow; h *= grow;
  const sx = grow * Math.max(1, h / 3 / w), sy = grow * Math.max(1, w / 3 / h);
  return { ...component, xs: xs.map(x => x * sx), ys: ys.map(y => y * sy) };
}

/** Sets components side by side, largest first, in rows about as wide as the whole is tall. */
function packInRows(laidOut) {
  const boxes = laidOut.map(c => {
    const x1 = Math.min(...c.xs), y1 = Math.min(...c.ys);
    return { c, x1, y1, w: Math.max(...c.xs) - x1 + HOP, h: Math.max(...c.ys) - y1 + HOP };
  });
  const width = Math.max(boxes[0]?.w ?? 0, Math.sqrt(boxes.reduce((s, b) => s + b.w * b.h, 0)) * 1.2);
  let x = 0, y = 0, rowHeight = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > width) { x = 0; y += rowHeight; rowHeight = 0; }
    b.c.xs = b.c.xs.map(v => v - b.x1 + x);
    b.c.ys = b.c.ys.map(v => v - b.y1 + y);
    x += b.w;
    rowHeight = Math.max(rowHeight, b.h);
  }
  return laidOut;
}
