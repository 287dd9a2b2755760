// The Cypher console: editor with highlighting, Ctrl+Enter, parameters, examples, history,
// results as frames (js/result-frames.js: graph, table, text and plan views), errors pointed at in the editor.
import { api, records } from './api.js';
import { h, replace } from './dom.js';
import { createQueryEditor } from './cypher-editor.js';
import { createResultFrames } from './result-frames.js';

const HISTORY_KEY = 'relationsgraph-history';
const SAVED_KEY = 'relationsgraph-saved-queries';

export function createConsole({ editorHost, runButton, examplesSelect, paramsInput, errorBox, noticeBox, summary, framesBox, historyList,
  savedList, saveButton }, explorer) {
  // As in Neo4j Browser: Ctrl/Cmd+Enter runs; Up on the first line and Down on the last walk the history.
  const editor = createQueryEditor(editorHost, {
    value: 'MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)\nRETURN p, r, m\nLIMIT 50',
    onRun: () => run(), onHistory: step => stepHistory(step),
  });
  let history = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
  let saved = JSON.parse(localStorage.getItem(SAVED_KEY) ?? '[]');
  let historyAt = -1;   // -1: the user's own text; 0 the latest run, 1 the one before, ...
  let draft = '';

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

  const frames = createResultFrames(framesBox, {
    onNodeOpen: key => explorer.focusByKey(key),
    onQueryReuse: cypher => editor.setValue(cypher),
  });

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
      summary.textContent = `${result.rows.length} row(s) in ${ms} ms${result.planMode ? ` · ${result.planMode} plan` : ''}`;
      if (result.truncated) {
        noticeBox.textContent = `Only the first ${result.rows.length} rows are shown: the row cap was reached.`;
        noticeBox.hidden = false;
      }
      await frames.show(cypher, result, ms);
    } catch (error) {
      summary.textContent = '';
      if (error.problem?.errorClass === 'Timeout') {
        noticeBox.textContent = `Stopped at the time limit (${window.explorerInfo?.queryTimeoutSeconds ?? 10} s): ${error.message}`;
        noticeBox.hidden = false;
      }
      showError(error, cypher);
    } finally {
      runButton.disabled = false;
    }
  }

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
  return { refresh: () => { editor.refresh(); editor.refreshSchema(); frames.graph()?.resize(); }, editor, run, graph: () => frames.graph() };
}
