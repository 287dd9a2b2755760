// The cytoscape canvas: style, adding elements, layouts and the overview navigator.
import { labelStyle } from './model.js';
import { attachMinimap } from './minimap.js';
import { spreadOverlaps } from './spread.js';
import { pivotLayout } from './quick-layout.js';

// UMD builds register themselves when they find the global cytoscape; register only those that did not,
// since a second registration logs a warning.
for (const [type, name, extension] of [['layout', 'dagre', window.cytoscapeDagre], ['core', 'svg', window.cytoscapeSvg]]) {
  if (extension && !cytoscape(type, name)) cytoscape.use(extension);
}

export const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(color)', shape: 'data(shape)', label: 'data(name)',
    width: 'mapData(degree, 0, 24, 26, 72)', height: 'mapData(degree, 0, 24, 26, 72)',
    // Hubs keep legible captions further out (labels by importance); declutterLabels hides the overlaps.
    'font-size': 'mapData(degree, 0, 40, 11, 20)', color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-wrap': 'ellipsis', 'text-max-width': 120, 'text-background-color': '#ffffff', 'text-background-opacity': 0.75,
    'text-background-padding': 1, 'border-width': 2, 'border-color': '#ffffff',
    // Captions appear once legible (10 px on screen) rather than as unreadable specks.
    'min-zoomed-font-size': 10,
  } },
  { selector: 'edge', style: {
    width: 1.6, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'arrow-scale': 0.8, label: 'data(type)', 'font-size': 8, color: '#5b6475',
    'text-rotation': 'autorotate', 'text-background-color': '#fbfbfc', 'text-background-opacity': 1, 'min-zoomed-font-size': 9, opacity: 0.85,
  } },
  { selector: 'node:selected', style: { 'border-color': '#1d2330', 'border-width': 3 } },
  { selector: 'edge:selected', style: { width: 3.5, opacity: 1 } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d2330' } },
  { selector: '.filtered, .hidden', style: { display: 'none' } },
  { selector: 'node.quiet', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.path', style: { 'border-color': '#ffb020', 'border-width': 5 } },
  { selector: 'edge.path', style: { width: 4.5, 'line-color': '#ffb020', 'target-arrow-color': '#ffb020', opacity: 1 } },
  { selector: 'node.focus', style: { 'border-color': '#2f6fde', 'border-width': 5 } },
];

export function createGraph(container, { navigator: navigatorContainer } = {}) {
  const cy = cytoscape({
    container, style: STYLE, minZoom: 0.05, maxZoom: 4,
    textureOnViewport: false, hideEdgesOnViewport: false, pixelRatio: 'auto',
  });
  // Captions are re-chosen once what is on screen has settled (a pan, zoom or animation in progress
  // only pushes the moment back), so the work is done once per change, not once per frame.
  // The pass's own caption changes are class changes too; they must not schedule another pass.
  let declutterTimer = 0;
  let decluttering = false;
  cy.on('viewport add remove class layoutstop', () => {
    if (decluttering) return;
    clearTimeout(declutterTimer);
    declutterTimer = setTimeout(() => { decluttering = true; try { declutterLabels(cy); } finally { decluttering = false; } }, 120);
  });
  // Dragging a node places it: it keeps that position through later layouts until unpinned.
  cy.on('dragfree', 'node', e => e.target.addClass('pinned'));
  if (navigatorContainer && cy.navigator) attachMinimap(cy, navigatorContainer);
  return cy;
}

/** Adds the elements not yet present (edges only when both ends are there); returns the added collection. */
export function addElements(cy, { nodes, edges }) {
  const fresh = [];
  for (const node of nodes) if (cy.getElementById(node.data.id).empty()) fresh.push(node);
  const added = cy.add(fresh);
  const freshEdges = edges.filter(e => cy.getElementById(e.data.id).empty()
    && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty());
  const all = added.union(cy.add(freshEdges));
  updateDegrees(cy);
  // Big graphs: cheaper rendering while panning and zooming.
  cy.style().selector('edge').style({ 'curve-style': isDense(cy) ? 'haystack' : 'bezier' }).update();
  return all;
}

/** A view too dense to draw each edge as a curve with an arrow: haystack lines read better and draw faster. */
export function isDense(cy) {
  return cy.edges().length > 1000 || cy.elements().length > 1500;
}

export function updateDegrees(cy) {
  cy.batch(() => cy.nodes().forEach(n => n.data('degree', n.degree(false))));
}

/** fcose for networks; quick and unanimated when the graph is large. */
export function layout(cy, elements = cy.elements(':visible'), options = {}) {
  const count = elements.length;
  if (count === 0) return Promise.resolve();
  // Nodes the user placed (dragged or pinned) stay where they were put, as in Neo4j Browser.
  const placed = elements.nodes('.pinned').map(n => ({ nodeId: n.id(), position: { ...n.position() } }));
  // Large views get a quick layout alone (Pivot MDS, see quick-layout.js; fcose's spectral draft when
  // nodes are pinned), a fraction of the force-directed refinement's time, then overlap removal,
  // since both stack nodes that share their neighbours.
  const draft = count > 1500;
  const settings = {
    name: 'fcose', fixedNodeConstraint: placed.length ? placed : undefined, quality: draft ? 'draft' : 'default', numIter: 2500, randomize: true, animate: count < 400 && !options.still,
    animationDuration: 500, nodeRepulsion: 6500, idealEdgeLength: 90, nodeSeparation: 80, packComponents: true, fit: true, padding: 40,
    // Unconnected nodes are tiled; wide gaps keep their labels apart.
    tile: true, tilingPaddingVertical: 36, tilingPaddingHorizontal: 90,
    ...options,
  };
  const spread = settings.quality === 'draft';
  if (spread && !placed.length) return quickLayout(cy, elements, settings);
  const run = elements.layout(spread ? { ...settings, animate: false, fit: false } : settings);
  const done = run.promiseOn('layoutstop');
  run.run();
  if (!spread) return done;
  return done.then(() => {
    spreadOverlaps(cy, elements.nodes());
    if (settings.fit) cy.fit(elements, settings.padding);
  });
}

/** Large views: Pivot MDS on plain arrays, overlaps removed, then fitted through a preset layout (so listeners see a layout stop). */
function quickLayout(cy, elements, { fit, padding }) {
  const times = [performance.now()];
  const nodes = elements.nodes();
  const positions = pivotLayout(nodes, elements.edges());
  times.push(performance.now());
  cy.batch(() => nodes.forEach(n => n.position(positions.get(n.id()))));
  spreadOverlaps(cy, nodes);
  times.push(performance.now());
  const run = elements.layout({ name: 'preset', fit, padding, animate: false });
  const done = run.promiseOn('layoutstop');
  run.run();
  times.push(performance.now());
  // How long each step took, for the page's metrics: placing, spreading, fitting.
  return done.then(() => ({ placeMs: times[1] - times[0], spreadMs: times[2] - times[1], fitMs: times[3] - times[2] }));
}

export function legendSwatch(label) {
  const style = labelStyle(label);
  return { className: `swatch ${style.shape}`, color: style.color };
}

const MIN_LEGIBLE_PX = 10;

/**
 * Label decluttering, as map labelling does it (greedy by importance): captions of the most
 * connected nodes are placed first, and a caption that would overlap one already placed on screen is
 * hidden until zooming in makes room. Selected nodes always keep theirs. Captions too small to read
 * at this zoom are left to 'min-zoomed-font-size'.
 */
export function declutterLabels(cy) {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const nodes = cy.nodes(':visible').sort((a, b) => Number(b.selected()) - Number(a.selected()) || (b.data('degree') ?? 0) - (a.data('degree') ?? 0));
  const placed = [];
  const quiet = [];
  const loud = [];
  nodes.forEach(n => {
    if (!(n.data('caption') ?? n.data('name')) || parseFloat(n.style('font-size')) * zoom < MIN_LEGIBLE_PX) return;
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (!(b.w > 0)) return;
    const box = { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y };
    if (!n.selected() && placed.some(p => box.x1 < p.x2 && box.x2 > p.x1 && box.y1 < p.y2 && box.y2 > p.y1)) { quiet.push(n); return; }
    placed.push(box);
    loud.push(n);
  });
  cy.batch(() => {
    cy.collection(loud).removeClass('quiet');
    cy.collection(quiet).addClass('quiet');
  });
}
