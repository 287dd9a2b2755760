// Overlap removal after a quick layout. The draft (spectral) layout used for large views gives nodes
// with the same neighbours the same coordinates: the people of one organisation land on one spot.
// Each node is snapped to the nearest free cell of a grid (the pattern: grid-based overlap removal,
// most important first), so no two centres end up closer than a cell, and a large node reserves the
// cells its disc covers. Nodes keep their place in the drawing, give or take a few cells.

/** Moves the given nodes apart in place; pinned nodes stay and are placed first. */
export function spreadOverlaps(cy, nodes) {
  if (nodes.length < 2) return;
  const diameters = nodes.map(n => n.width()).sort((a, b) => a - b);
  const cell = Math.max(diameters[Math.floor(diameters.length / 2)], 1) * 1.15;
  const taken = new Set();
  const key = (i, j) => `${i},${j}`;
  const reach = n => Math.max(0, Math.ceil(n.width() / cell) - 1); // cells a node covers around its own
  const free = (i, j, k) => {
    for (let a = -k; a <= k; a++) for (let b = -k; b <= k; b++) if (taken.has(key(i + a, j + b))) return false;
    return true;
  };
  const take = (i, j, k) => { for (let a = -k; a <= k; a++) for (let b = -k; b <= k; b++) taken.add(key(i + a, j + b)); };

  const order = nodes.toArray().sort((a, b) => Number(b.hasClass('pinned')) - Number(a.hasClass('pinned')) || b.degree(false) - a.degree(false));
  const moves = [];
  for (const node of order) {
    const { x, y } = node.position();
    const k = reach(node);
    const home = [Math.round(x / cell), Math.round(y / cell)];
    if (node.hasClass('pinned')) { take(...home, k); continue; }
    const spot = nearestFree(home, x, y, k, cell, free);
    take(spot[0], spot[1], k);
    moves.push([node, { x: spot[0] * cell, y: spot[1] * cell }]);
  }
  cy.batch(() => moves.forEach(([node, position]) => node.position(position)));
}

/** The free cell nearest to (x, y), searched ring by ring outwards from its home cell. */
function nearestFree([hi, hj], x, y, k, cell, free) {
  for (let ring = 0; ; ring++) {
    let best = null;
    let bestDistance = Infinity;
    for (let a = -ring; a <= ring; a++) for (let b = -ring; b <= ring; b++) {
      if (Math.max(Math.abs(a), Math.abs(b)) !== ring || !free(hi + a, hj + b, k)) continue;
      const d = ((hi + a) * cell - x) ** 2 + ((hj + b) * cell - y) ** 2;
      if (d < bestDistance) { bestDistance = d; best = [hi + a, hj + b]; }
    }
    if (best) return best;
  }
}
