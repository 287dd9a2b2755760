// The console's results as a stream of frames, as in Neo4j Browser: the newest on top (pinned frames
// stay above the stream and are never dropped), each with Graph, Table, Text and Plan views, fit,
// pin, close and its own export. A frame owns its Cytoscape instance and destroys it when closed.
import { h, replace, formatValue, isPath, download } from './dom.js';
import { elementsOf } from './model.js';
import { createGraph, addElements, layout } from './graph.js';
import { exportResult } from './export.js';
import { renderPlan, planText, textTable } from './plan-view.js';

const MAX_UNPINNED = 10;
const VIEW_NAMES = { graph: 'Graph', table: 'Table', text: 'Text', plan: 'Plan' };

export function createResultFrames(container, { onNodeOpen, onQueryReuse } = {}) {
  let frames = [];   // newest first
  let newest = null;

  function place() {
    const pinned = frames.filter(f => f.pinned).sort((a, b) => a.pinnedAt - b.pinnedAt);
    const stream = frames.filter(f => !f.pinned);
    for (const frame of stream.slice(MAX_UNPINNED)) close(frame);
    container.append(...pinned.map(f => f.element), ...stream.slice(0, MAX_UNPINNED).map(f => f.element));
  }

  function close(frame) {
    frames = frames.filter(f => f !== frame);
    frame.graph?.destroy();
    frame.element.remove();
    if (newest === frame) newest = null;
  }

  function show(cypher, result, ms) {
    const frame = createFrame(cypher, result, ms, { onNodeOpen, onQueryReuse, onClose: f => close(f), onPin: () => place() });
    frames.unshift(frame);
    newest = frame;
    place();
    frame.start();
    container.scrollTop = 0;
    return frame.ready;
  }

  return { show, graph: () => newest?.graph ?? null, count: () => frames.length };
}

function createFrame(cypher, result, ms, { onNodeOpen, onQueryReuse, onClose, onPin }) {
  const mode = result.planMode ?? null;
  const elements = elementsOf(result.rows);
  const views = [];
  if (elements.nodes.length > 0) views.push('graph');
  if (mode !== 'EXPLAIN') views.push('table');
  views.push('text');
  if (result.plan) views.push('plan');
  const initial = result.plan ? 'plan' : views[0];

  const frame = { pinned: false, pinnedAt: 0, graph: null, view: null, ready: Promise.resolve() };
  const panes = {};
  const tabs = {};
  const inspector = h('div', { class: 'inspector', hidden: true });
  const canvas = h('div', { class: 'result-canvas' });
  const fitButton = h('button', { class: 'button ghost frame-fit', title: 'Fit the result in view', onclick: () => fit() }, 'Fit');
  const pngButton = h('button', { class: 'button ghost', dataset: { frameExport: 'png' }, disabled: !views.includes('graph'),
    onclick: () => frame.graph && download(frame.graph.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'result.png') }, 'PNG');
  const pinButton = h('button', { class: 'button ghost frame-pin', title: 'Keep this frame above new results', 'aria-pressed': 'false',
    onclick: () => togglePin() }, 'Pin');

  panes.graph = h('div', { class: 'frame-graph' }, canvas, h('div', { class: 'result-tools' }, fitButton), inspector);
  panes.table = h('div', { class: 'table-wrap' }, tableOf(result));
  panes.text = h('pre', { class: 'frame-text' }, textOf(result, mode));
  if (result.plan) panes.plan = renderPlan(result.plan, mode);

  const rowCount = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
  const summary = mode === 'EXPLAIN' ? `plan in ${ms} ms` : `${rowCount} in ${ms} ms${result.truncated ? ' (row cap reached)' : ''}`;
  frame.element = h('article', { class: 'result-frame', dataset: { mode: mode ?? 'RUN', views: views.join(' ') } },
    h('header', { class: 'frame-head' },
      h('code', { class: 'frame-query', title: 'Put this query back in the editor', onclick: () => onQueryReuse?.(cypher) }, cypher.replace(/\s+/g, ' ')),
      h('span', { class: 'frame-summary hint' }, summary),
      h('div', { class: 'frame-actions' },
        h('button', { class: 'button ghost', dataset: { frameExport: 'csv' }, disabled: mode === 'EXPLAIN', onclick: () => exportResult(result, 'csv') }, 'CSV'),
        h('button', { class: 'button ghost', dataset: { frameExport: 'json' }, disabled: mode === 'EXPLAIN', onclick: () => exportResult(result, 'json') }, 'JSON'),
        pngButton, pinButton,
        h('button', { class: 'button ghost frame-close', title: 'Close this frame', 'aria-label': 'Close this frame', onclick: () => onClose(frame) }, '✕'))),
    h('div', { class: 'frame-body' },
      h('nav', { class: 'frame-views', role: 'tablist' }, views.map(view => tabs[view] = h('button', {
        class: 'frame-view-button', role: 'tab', dataset: { view }, onclick: () => select(view),
      }, VIEW_NAMES[view]))),
      h('div', { class: 'frame-panes' }, views.map(view => panes[view]))));

  function togglePin() {
    frame.pinned = !frame.pinned;
    frame.pinnedAt = performance.now();
    frame.element.classList.toggle('pinned', frame.pinned);
    pinButton.setAttribute('aria-pressed', String(frame.pinned));
    pinButton.textContent = frame.pinned ? 'Unpin' : 'Pin';
    onPin();
  }

  function select(view) {
    frame.view = view;
    for (const name of views) {
      panes[name].hidden = name !== view;
      tabs[name].classList.toggle('active', name === view);
      tabs[name].setAttribute('aria-selected', String(name === view));
    }
    if (view === 'graph') frame.ready = drawGraph();
  }

  // Drawn when first shown (Cytoscape needs a visible box to measure), fitted whenever shown again.
  async function drawGraph() {
    if (frame.graph) { frame.graph.resize(); fit(); return; }
    const graph = frame.graph = createGraph(canvas);
    graph.on('dbltap', 'node', e => onNodeOpen?.(e.target.data('key')));
    graph.on('tap', 'node, edge', e => inspect(e.target));
    graph.on('tap', e => { if (e.target === graph) inspector.hidden = true; });
    addElements(graph, elements);
    // Paths read best as chains, left to right (dagre); anything else as a network (fcose).
    if (result.rows.some(row => row.some(isPath))) {
      const chain = graph.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 30, rankSep: 90, fit: false });
      const done = chain.promiseOn('layoutstop');
      chain.run();
      await done;
    } else await layout(graph, graph.elements(), { animate: false, fit: false });
    fit();
  }

  function fit() {
    frame.graph?.fit(undefined, 30);
  }

  /** The node inspector: a clicked node's labels or a relationship's type, and every property. */
  function inspect(element) {
    const data = element.data();
    const title = element.isNode() ? `${(data.labels ?? [data.label]).join(', ')}: ${data.name}` : data.type;
    const rows = Object.entries(data.props ?? {}).map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, formatValue(v))));
    replace(inspector, h('h4', {}, title), h('table', {}, h('tbody', {}, rows)));
    inspector.hidden = false;
  }

  frame.start = () => select(initial);
  return frame;
}

function tableOf(result) {
  const head = h('tr', {}, result.columns.map(c => h('th', {}, c)));
  const rows = result.rows.map(row => h('tr', {}, row.map(v => h('td', {}, formatValue(v)))));
  return h('table', { class: 'result-table' }, h('thead', {}, head), h('tbody', {}, rows));
}

function textOf(result, mode) {
  const parts = [];
  if (mode !== 'EXPLAIN') {
    parts.push(result.columns.length ? textTable(result.columns, result.rows.map(row => row.map(v => formatValue(v).replace(/\s+/g, ' ')))) : '(no columns)');
    parts.push(`${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`);
  }
  if (result.plan) parts.push(planText(result.plan, mode));
  return parts.join('\n\n');
}
