// The explorer page: wires the graph, panels, search, filters, timeline, paths, trace, console,
// articles and uploads together. Metrics for the tests are kept in window.explorerMetrics.
import { api, records, setToken } from './api.js';
import { h, replace, displayName } from './dom.js';
import { elementsOf, nodeElement } from './model.js';
import { createGraph, addElements, layout } from './graph.js';
import { createPanel } from './panel.js';
import { createSearch } from './search.js';
import { createFilters } from './filters.js';
import { createTimeline } from './timeline.js';
import { loadTrace, tracePanel, routeEdgesAroundNodes } from './trace.js';
import { createConsole } from './console.js';
import { createArticles } from './articles.js';
import { createUpload } from './upload.js';
import { exportView } from './export.js';
import { createStylePanel } from './style-panel.js';
import { placeNew } from './placement.js';
import { createUndo } from './undo.js';
import { showOverviewNote } from './overview.js';

const $ = id => document.getElementById(id);
const metrics = window.explorerMetrics = { graphShownMs: null, expandMs: [] };
const pageStart = performance.now();

const info = window.explorerInfo = await api.info();
if (info.tokenRequired) {
  const token = $('token');
  token.hidden = false;
  token.value = sessionStorage.getItem('relationsgraph-token') ?? '';
  token.addEventListener('change', () => setToken(token.value));
}

const cy = createGraph($('graph'), { navigator: $('navigator') });
const pathEnds = { from: null, to: null };
let savedView = null; // the network while a trace is shown

const explorer = {
  select(node) {
    cy.elements().unselect();
    node.select();
    panel.showNode(node);
  },
  /** Shows the node with this id key: centred, with its neighbourhood loaded. */
  async focusByKey(key, node) {
    if (!key) return;
    showView('explore');
    if (savedView) leaveTrace();
    let target = cy.nodes().filter(n => n.data('key') === key && !n.data('article'));
    if (target.empty() && node) target = addElements(cy, { nodes: [nodeElement(node)], edges: [] }).nodes();
    if (target.empty()) {
      const details = await api.node(key);
      target = addElements(cy, { nodes: [nodeElement(details.node)], edges: [] }).nodes();
      target.position({ x: cy.width() / 2, y: cy.height() / 2 });
    }
    target.removeClass('hidden');
    await explorer.expand(target[0]);
    if (filters.reveal(target[0])) timeline?.show(key);
    userStyle.paintLegend();
    cy.animate({ center: { eles: target }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
    explorer.select(target[0]);
  },
  async expand(node) {
    const started = performance.now();
    const result = await api.neighbourhood(node.data('key'));
    const fresh = addElements(cy, elementsOf(result.rows));
    fresh.removeClass('hidden');
    await placeNew(cy, fresh.nodes());
    filters.apply();
    node.neighborhood().removeClass('hidden');
    metrics.expandMs.push(Math.round(performance.now() - started));
    setStatus();
    // Plain numbers, not the collection: window.explorer is driven from outside the page, and a test
    // driver (Playwright's evaluate) copies whatever comes back. A cytoscape collection reaches the
    // whole core (renderer, canvases, caches), so copying it took seconds and gigabytes and crashed
    // the tab (the pattern: an API at a boundary returns data, never live internal objects).
    return { nodes: fresh.nodes().length, edges: fresh.edges().length };
  },
  hide(node) {
    node.addClass('hidden');
    undo.push(`Hidden “${node.data('name')}”`, () => { node.removeClass('hidden'); setStatus(); });
    panel.empty();
    setStatus();
  },
  togglePin(node) {
    node.toggleClass('pinned', !node.hasClass('pinned'));
  },
  setPathEnd(end, node) {
    pathEnds[end] = node.data();
    $(`path-${end}`).textContent = node.data('name');
    $('find-paths').disabled = !(pathEnds.from && pathEnds.to);
  },
  async trace(key) {
    const trace = await loadTrace(key);
    savedView ??= { elements: cy.elements().jsons(), pan: cy.pan(), zoom: cy.zoom() };
    cy.elements().remove();
    addElements(cy, trace.graph);
    cy.nodes().forEach(n => n.position(trace.positions.positions[n.id()] ?? { x: 0, y: 0 }));
    routeEdgesAroundNodes(cy);
    cy.stop(true); // a centring animation still running from the last focus would undo the fit
    $('trace-title').textContent = `Trace of ${displayName(trace.row.agreement)} — earlier agreements left, later right; meetings above, signers and parties below`;
    $('trace-banner').hidden = false;
    // Room above for the banner, which floats over the top of the canvas.
    cy.fit(undefined, Math.max(60, $('trace-banner').offsetHeight + 24));
    panel.showContent(...tracePanel(trace, explorer));
    setStatus();
  },
  async openArticle(id) {
    showView('articles');
    if (!articles.loaded) await articles.refreshList();
    await articles.open(id);
  },
};

function leaveTrace() {
  if (!savedView) return;
  cy.elements().remove();
  cy.add(savedView.elements);
  cy.viewport({ pan: savedView.pan, zoom: savedView.zoom });
  savedView = null;
  $('trace-banner').hidden = true;
  filters.apply();
  setStatus();
}

function setStatus() {
  const nodes = cy.nodes(':visible').length;
  const edges = cy.edges(':visible').length;
  $('status').textContent = `${nodes} nodes · ${edges} relationships shown`;
}
// The counter follows the view itself: whatever adds, removes, hides or filters elements changes
// their classes or membership, so one listener (coalesced to a frame) keeps it true.
let statusPending = false;
cy.on('add remove class', () => {
  if (statusPending) return;
  statusPending = true;
  requestAnimationFrame(() => { statusPending = false; setStatus(); });
});

const panel = createPanel($('panel'), explorer);
const undo = createUndo({ bar: $('undo-bar'), text: $('undo-text'), button: $('undo'), isActive: () => $('view-explore').classList.contains('active') });
const filters = createFilters({ cy, labelList: $('legend-labels'), typeList: $('legend-types'), labels: info.labels, types: [...info.relationshipTypes, 'MENTIONS'] });
const userStyle = createStylePanel({ cy, panel: $('style-panel'), openButton: $('open-style'), legend: $('legend-labels'), labels: info.labels });

cy.on('tap', 'node', e => explorer.select(e.target));
cy.on('tap', 'edge', e => panel.showEdge(e.target));
cy.on('dbltap', 'node', e => { if (!e.target.data('article')) explorer.expand(e.target); });
cy.on('tap', e => { if (e.target === cy) { cy.elements().removeClass('faded'); } });

/**
 * The opening view, or "Show all" and new articles on a view already drawn: then only what is new is
 * added and placed near its neighbours, hidden nodes come back where they were, and nothing moves.
 */
async function showNetwork() {
  const started = performance.now();
  const answer = await api.graph();
  metrics.fetchMs = Math.round(performance.now() - started);
  if (savedView) leaveTrace(); // new articles while a trace is shown join the network, not the trace
  metrics.addingAt = Math.round(performance.now() - started);
  const incremental = cy.nodes().nonempty();
  // One batch: the user's style (sizes and edges depend on the density) is computed once, before the layout measures the nodes.
  let fresh;
  cy.batch(() => {
    fresh = addElements(cy, elementsOf(answer.nodes.rows, answer.relationships.rows));
    userStyle.apply();
  });
  showOverviewNote($('overview-note'), answer.summary, answer.nodes.rows.length);
  if (incremental) {
    cy.elements('.hidden').removeClass('hidden');
    undo.clear();
    filters.apply();
    const placing = performance.now();
    await placeNew(cy, fresh.nodes());
    metrics.placeMs = Math.round(performance.now() - placing);
  } else {
    filters.apply();
    metrics.layoutAt = Math.round(performance.now() - started);
    const steps = await layout(cy, cy.elements(':visible'), { animate: false });
    if (steps) metrics.layoutSteps = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Math.round(v)]));
  }
  metrics.graphShownMs = Math.round(performance.now() - started);
  // The first frame drawn after it, for the tests' breakdown (drawing happens on cytoscape's own frame loop).
  cy.one('render', () => { metrics.firstFrameMs = Math.round(performance.now() - started); });
  metrics.pageToGraphMs = Math.round(performance.now() - pageStart);
  setStatus();
  document.body.dataset.graphReady = 'true';
}

// Paths between two chosen nodes, highlighted, the rest faded.
$('find-paths').addEventListener('click', async () => {
  $('path-status').textContent = 'Searching…';
  try {
    const result = await api.paths(pathEnds.from.key, pathEnds.to.key);
    const found = elementsOf(result.rows);
    addElements(cy, found);
    cy.elements().removeClass('path faded');
    const onPath = cy.collection(found.nodes.concat(found.edges).map(e => cy.getElementById(e.data.id)));
    onPath.removeClass('filtered hidden');
    if (onPath.empty()) { $('path-status').textContent = 'No path within 6 steps.'; return; }
    cy.elements().not(onPath).addClass('faded');
    onPath.addClass('path');
    cy.animate({ fit: { eles: onPath, padding: 80 } }, { duration: 400 });
    $('path-status').textContent = `${result.rows.length} shortest path(s), ${found.edges.length} relationships.`;
  } catch (error) { $('path-status').textContent = error.message; }
});
$('clear-paths').addEventListener('click', () => {
  cy.elements().removeClass('path faded');
  pathEnds.from = pathEnds.to = null;
  $('path-from').textContent = $('path-to').textContent = 'choose a node';
  $('find-paths').disabled = true;
  $('path-status').textContent = '';
});

$('zoom-in').addEventListener('click', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$('zoom-out').addEventListener('click', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 40));
$('relayout').addEventListener('click', () => layout(cy));
$('show-all').addEventListener('click', () => { leaveTrace(); showNetwork(); });
$('trace-back').addEventListener('click', leaveTrace);
for (const button of document.querySelectorAll('[data-export]')) button.addEventListener('click', () => exportView(cy, button.dataset.export));

createSearch($('search'), $('suggestions'), node => explorer.focusByKey(node.properties?.id, node));

// Views (tabs).
function showView(name) {
  for (const tab of document.querySelectorAll('.tab')) tab.classList.toggle('active', tab.dataset.view === name);
  for (const view of document.querySelectorAll('.view')) view.classList.toggle('active', view.id === `view-${name}`);
  if (name === 'explore') cy.resize();
  if (name === 'console') cypherConsole.refresh();
  if (name === 'articles' && !articles.loaded) articles.refreshList();
}
for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => showView(tab.dataset.view));

const cypherConsole = createConsole({
  editorHost: $('cypher-editor'), runButton: $('run-query'), examplesSelect: $('examples'), paramsInput: $('query-params'),
  errorBox: $('query-error'), noticeBox: $('query-notice'), summary: $('result-summary'), framesBox: $('result-frames'),
  historyList: $('history'), savedList: $('saved-queries'), saveButton: $('save-query'),
}, explorer);
const articles = createArticles($('article-list'), $('article-reader'), explorer);

let timeline = null;
async function refreshTimeline() {
  replace($('timeline'));
  timeline = await createTimeline($('timeline'), {
    onRange: range => filters.setDateRange(range),
    onSelect: key => explorer.focusByKey(key),
  });
}
$('timeline-reset').addEventListener('click', () => timeline?.reset());

createUpload({
  dialog: $('upload-dialog'), openButton: $('open-upload'), dropZone: $('drop-zone'), input: $('upload-input'),
  list: $('upload-list'), limits: $('upload-limits'),
}, info, async () => { await showNetwork(); await refreshTimeline(); await articles.refreshList(); });

await showNetwork();
await refreshTimeline().catch(() => {});
window.explorer = { cy, filters, console: cypherConsole, userStyle, undo, ...explorer };
document.body.dataset.ready = 'true';
