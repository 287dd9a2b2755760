// Incremental placement: nodes added to a view already laid out are placed near the neighbours they
// join, and nothing already on screen moves, so the user's mental map survives "Show all", an expand
// or new articles (the pattern: online graph drawing with a stable layout, as Neo4j Bloom does).

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Gives each fresh node a position; returns once every one has one. Fresh nodes with a placed
 * neighbour spiral out around it (several placed neighbours: around their centre), round by round so
 * that chains of new nodes follow; a group joined to nothing on screen is laid out on its own and set
 * beside the existing drawing.
 */
export async function placeNew(cy, freshNodes) {
  const fresh = new Set(freshNodes.map(n => n.id()));
  if (fresh.size === 0) return;
  const settled = cy.nodes().filter(n => !fresh.has(n.id()));
  if (settled.empty()) return;
  const bounds = settled.boundingBox({ includeLabels: false });
  const occupied = new OccupiedGrid(MIN_GAP);
  settled.forEach(n => occupied.add(n.position()));
  const around = new Map(); // anchor id -> how many nodes were placed around it so far
  let waiting = freshNodes.toArray();
  while (waiting.length) {
    const next = [];
    const placedNow = [];
    for (const node of waiting) {
      const neighbours = node.neighborhood().nodes().filter(n => !fresh.has(n.id()));
      if (neighbours.empty()) { next.push(node); continue; }
      // The most connected placed neighbour is the anchor the node circles.
      const anchor = neighbours.max(n => n.degree(false)).ele;
      const centre = neighbours.length === 1 ? anchor.position() : centroid(neighbours);
      // The next free spot of the anchor's spiral: a spot on top of another node is skipped (bounded, so a crowded
      // anchor still gets a spot).
      let k = around.get(anchor.id()) ?? 0;
      let spot = spiralSpot(centre, k);
      for (let tries = 0; tries < 64 && occupied.near(spot); tries++) spot = spiralSpot(centre, ++k);
      around.set(anchor.id(), k + 1);
      occupied.add(spot);
      placedNow.push([node, spot]);
    }
    if (placedNow.length === 0) break;
    // Placed after the round, so a node's position does not depend on its order within the round.
    cy.batch(() => placedNow.forEach(([node, position]) => { node.position(position); fresh.delete(node.id()); }));
    waiting = next;
  }
  if (waiting.length) await placeApart(cy, cy.collection(waiting), bounds);
}

/** Closer than this (model units) a new node would cover another one. */
const MIN_GAP = 24;

function spiralSpot(centre, k) {
  const radius = 70 + 22 * Math.sqrt(k);
  return { x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE) };
}

/** Positions hashed into square cells of the gap's size, so "is anything within the gap" looks at nine cells, not every node. */
class OccupiedGrid {
  constructor(gap) { this.gap = gap; this.cells = new Map(); }
  key(cx, cy) { return cx + ',' + cy; }
  add(p) {
    const key = this.key(Math.floor(p.x / this.gap), Math.floor(p.y / this.gap));
    const cell = this.cells.get(key);
    if (cell) cell.push(p); else this.cells.set(key, [p]);
  }
  near(p) {
    const cx = Math.floor(p.x / this.gap), cy = Math.floor(p.y / this.gap);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of this.cells.get(this.key(cx + dx, cy + dy)) ?? [])
          if (Math.hypot(q.x - p.x, q.y - p.y) < this.gap) return true;
    return false;
  }
}

function centroid(nodes) {
  let x = 0, y = 0;
  nodes.forEach(n => { x += n.position('x'); y += n.position('y'); });
  return { x: x / nodes.length, y: y / nodes.length };
}

/** Lays out nodes joined to nothing on screen by themselves, then sets them right of the existing drawing. */
async function placeApart(cy, nodes, bounds) {
  const group = nodes.union(nodes.edgesWith(nodes));
  const run = group.layout({ name: 'fcose', animate: false, fit: false, randomize: true, quality: 'default', packComponents: true,
    tile: true, tilingPaddingVertical: 36, tilingPaddingHorizontal: 90, nodeRepulsion: 6500, idealEdgeLength: 90 });
  const done = run.promiseOn('layoutstop');
  run.run();
  await done;
  const box = nodes.boundingBox({ includeLabels: false });
  const dx = bounds.x2 + 120 - box.x1;
  const dy = bounds.y1 - box.y1;
  cy.batch(() => nodes.forEach(n => n.position({ x: n.position('x') + dx, y: n.position('y') + dy })));
}
