// The Cypher console: editor with highlighting, Ctrl+Enter, parameters, examples, history,
// results as a graph (when there are nodes) and always as a table, errors pointed at in the editor.
import { api, records } from './api.js';
import { h, replace, formatValue, isPath, download } from './dom.js';
import { elementsOf } from './model.js';
import { createGraph, addElements, layout } from './graph.js';
import { exportResult } from './export.js';
import { createQueryEditor } from './cypher-editor.js';

const HISTORY_KEY = 'relationsgraph-history';
const SAVED_KEY = 'relationsgraph-saved-queries';

export function createConsole({ editorHost, runButton, examplesSelect, paramsInput, errorBox, noticeBox, summary, graphBox, table, historyList,
  savedList, saveButton, exportButtons }, explorer) {
  // As in Neo4j Browser: Ctrl/Cmd+Enter runs; Up on the first line and Down on the last walk the history.
  const editor = createQueryEditor(editorHost, {
    value: 'MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)\nRETURN p, r, m\nLIMIT 50',
    onRun: () => run(), onHistory: step => stepHistory(step),
  });
  let resultGraph = null;
  let history = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
  let saved = JSON.parse(localStorage.getItem(SAVED_KEY) ?? '[]');
  let historyAt = -1;   // -1: the user's own text; 0 the latest run, 1 the one before, ...
  let draft = '';
  let lastResult = null;

  function stepHistory(step) {
    const next = historyAt + step;
    if (next < -1 || next >= history.length) return false;
    if (historyAt === -1) draft = editor.getValue();
    historyAt = next;
    editor.setValue(historyAt === -1 ? draft : history[historyAt], step > 0 ? 'start' : 'end');
    return true;
  }

  function renderSaved() {
    replace(savedList, saved.map((q, i) => h('li', { title: q },
      h('span', { onclick: () => editor.setValue(q) }, q.replace(/\s+/g, ' ')),
      h('button', { class: 'link', title: 'Forget this query', onclick: () => { saved.splice(i, 1); storeSaved(); } }, '×'))));
  }

  function storeSaved() {
    localStorage.setItem(SAVED_KEY, JSON.stringify(saved));
    renderSaved();
  }

  function renderHistory() {
    replace(historyList, history.map(q => h('li', { title: q, onclick: () => editor.setValue(q) }, q.replace(/\s+/g, ' '))));
  }

  function remember(cypher) {
    history = [cypher, ...history.filter(q => q !== cypher)].slice(0, 30);
    historyAt = -1;
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    renderHistory();
  }

  function clearError() {
    errorBox.hidden = true;
    editor.clearError();
  }

  function showError(error, cypher) {
    const p = error.problem ?? {};
    const parts = [h('strong', {}, p.errorClass ? `${p.errorClass}: ` : ''), error.message];
    if (p.line && p.column) {
      const line = cypher.split('\n')[p.line - 1] ?? '';
      parts.push(h('div', {}, `line ${p.line}, column ${p.column}`),
        h('pre', { class: 'caret' }, `${line}\n${' '.repeat(Math.max(0, p.column - 1))}^`));
      editor.markError(p.line, p.column);
    }
    replace(errorBox, parts);
    errorBox.hidden = false;
  }

  function renderTable(result) {
    const head = h('tr', {}, result.columns.map(c => h('th', {}, c)));
    const rows = result.rows.map(row => h('tr', {}, row.map(v => h('td', {}, formatValue(v)))));
    replace(table, h('thead', {}, head), h('tbody', {}, rows));
  }

  const inspector = graphBox.querySelector('.inspector');

  /** The node inspector: a clicked node's labels or a relationship's type, and every property. */
  function inspect(element) {
    const data = element.data();
    const title = element.isNode() ? `${(data.labels ?? [data.label]).join(', ')}: ${data.name}` : data.type;
    const rows = Object.entries(data.props ?? {}).map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, formatValue(v))));
    replace(inspector, h('h4', {}, title), h('table', {}, h('tbody', {}, rows)));
    inspector.hidden = false;
  }

  function createResultGraph() {
    const graph = createGraph(graphBox.querySelector('.result-canvas'));
    graph.on('dbltap', 'node', e => explorer.focusByKey(e.target.data('key')));
    graph.on('tap', 'node, edge', e => inspect(e.target));
    graph.on('tap', e => { if (e.target === graph) inspector.hidden = true; });
    return graph;
  }

  async function renderGraph(result) {
    const elements = elementsOf(result.rows);
    graphBox.hidden = elements.nodes.length === 0;
    inspector.hidden = true;
    if (graphBox.hidden) return;
    resultGraph ??= createResultGraph();
    // The box may have been hidden (a table-only result) since the last drawing: measure it again.
    resultGraph.resize();
    resultGraph.elements().remove();
    addElements(resultGraph, elements);
    // Paths read best as chains, left to right (dagre); anything else as a network (fcose).
    if (result.rows.some(row => row.some(isPath))) {
      const chain = resultGraph.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 30, rankSep: 90, fit: false });
      const done = chain.promiseOn('layoutstop');
      chain.run();
      await done;
    } else await layout(resultGraph, resultGraph.elements(), { animate: false, fit: false });
    fitResult();
  }

  function fitResult() {
    resultGraph?.fit(undefined, 30);
  }
  graphBox.querySelector('#result-fit').addEventListener('click', fitResult);

  async function run() {
    const cypher = editor.getValue().trim();
    if (!cypher) return;
    clearError();
    noticeBox.hidden = true;
    let parameters;
    try { parameters = JSON.parse(paramsInput.value || '{}'); } catch (e) {
      replace(errorBox, `Parameters are not valid JSON: ${e.message}`);
      errorBox.hidden = false;
      return;
    }
    runButton.disabled = true;
    summary.textContent = 'Running…';
    const started = performance.now();
    try {
      const result = await api.run(cypher, parameters);
      remember(cypher);
      const ms = Math.round(performance.now() - started);
      summary.textContent = `${result.rows.length} row(s) in ${ms} ms`;
      if (result.truncated) {
        noticeBox.textContent = `Only the first ${result.rows.length} rows are shown: the row cap was reached.`;
        noticeBox.hidden = false;
      }
      renderTable(result);
      await renderGraph(result);
      lastResult = result;
      setExportable(true);
    } catch (error) {
      summary.textContent = '';
      lastResult = null;
      setExportable(false);
      replace(table);
      graphBox.hidden = true;
      if (error.problem?.errorClass === 'Timeout') {
        noticeBox.textContent = `Stopped at the time limit (${window.explorerInfo?.queryTimeoutSeconds ?? 10} s): ${error.message}`;
        noticeBox.hidden = false;
      }
      showError(error, cypher);
    } finally {
      runButton.disabled = false;
    }
  }

  function setExportable(on) {
    for (const button of exportButtons) button.disabled = !on || (button.dataset.resultExport === 'png' && graphBox.hidden);
  }
  for (const button of exportButtons) button.addEventListener('click', () => {
    if (!lastResult) return;
    if (button.dataset.resultExport === 'png') download(resultGraph.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'result.png');
    else exportResult(lastResult, button.dataset.resultExport);
  });
  saveButton.addEventListener('click', () => {
    const cypher = editor.getValue().trim();
    if (!cypher) return;
    saved = [cypher, ...saved.filter(q => q !== cypher)];
    storeSaved();
  });

  runButton.addEventListener('click', run);
  examplesSelect.addEventListener('change', () => {
    if (examplesSelect.value) editor.setValue(examplesSelect.value);
    examplesSelect.selectedIndex = 0;
    editor.focus();
  });
  api.examples().then(examples => {
    for (const e of examples) examplesSelect.append(h('option', { value: e.cypher }, e.question || e.cypher.slice(0, 60)));
  }).catch(() => {});
  renderHistory();
  renderSaved();
  return { refresh: () => { editor.refresh(); editor.refreshSchema(); resultGraph?.resize(); }, editor, run, graph: () => resultGraph };
}
