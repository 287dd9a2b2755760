// The console's Cypher editor: CodeMirror 6 with Neo4j's own Cypher support, bundled by the build into
// lib/: @neo4j-cypher/codemirror gives the highlighting and, through its parser, what may come at the
// cursor; @neo4j-cypher/language-support (Neo4j's current parser and semantic analysis, in a worker)
// underlines errors as you type. Completion knows the live graph: its labels, relationship types and
// property keys come from /api/schema, asked again each time the console is shown. The console gives this
// module two callbacks (run, step through the history) and talks to it only through the small API returned.
import {
  createCypherEditor, EditorView, Decoration, keymap, Prec, StateField, StateEffect, autocompletion, completionStatus, linter,
} from '../lib/cypher-codemirror/cypher-codemirror.js';
import { api } from './api.js';

// The server's own error, marked where it points: a decoration kept in a state field (the usual
// CodeMirror 6 pattern), mapped through later edits and replaced or removed by one effect.
const setServerError = StateEffect.define();
const serverErrorField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setServerError)) continue;
      next = effect.value ? Decoration.set([Decoration.mark({ class: 'cm-error-mark' }).range(effect.value.from, effect.value.to)])
        : Decoration.none;
    }
    return next;
  },
  provide: field => EditorView.decorations.from(field),
});

// What the cursor is in: a word of letters, digits and underscores (CodeMirror filters the list by it).
const word = /[\p{L}\p{N}_]*$/u;
// The kinds of item a character before the word asks for.
const triggered = { ':': ['label', 'relationshipType'], '.': ['propertyKey'] };

/**
 * A completion source over the editor support's parse tree. The package's own source asks the parser to
 * filter its items by the text before the cursor, which leaves nothing right after ':' or '.'; here the
 * parser says which items fit the position (labels after ':', property keys after '.', keywords, functions
 * and variables elsewhere) and CodeMirror filters and ranks them by the word being typed. While typing, the
 * list opens only after ':' and '.', as in Neo4j Browser, so Enter keeps starting new lines; Ctrl+Space
 * opens it anywhere.
 */
function schemaCompletions(supportNow, functionsNow) {
  return context => {
    const editorSupport = supportNow();
    if (!editorSupport) return null;
    // A namespaced function (duration.between) reads to the parser as a property lookup: offer it by name.
    const dotted = context.matchBefore(/[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}\p{N}_]*)+$/u);
    const namespaced = dotted ? functionsNow().filter(f => f.name.toLowerCase().startsWith(dotted.text.toLowerCase())) : [];
    if (namespaced.length) {
      return { from: dotted.from, options: namespaced.map(f => ({ label: f.name, type: 'function', detail: f.signature })) };
    }
    const typed = context.matchBefore(word);
    const trigger = context.state.sliceDoc(typed.from - 1, typed.from);
    if (!context.explicit && trigger !== ':' && trigger !== '.') return null;
    editorSupport.update(context.state.doc.toString());
    const { line, column } = editorSupport.positionConverter.toRelative(context.pos);
    const { items } = editorSupport.getCompletion(line, column, false);
    // Where the parser is unsure (a statement that ends in 'p.' does not parse), what the trigger implies wins.
    const implied = items.filter(item => (triggered[trigger] ?? []).includes(item.type));
    const options = (implied.length ? implied : items).filter(item => item.type !== 'variable' || item.view !== typed.text)
      // Names are inserted as the parser escapes them (`odd label`), except functions, which are never quoted.
      .map(item => ({ label: item.view, apply: item.type === 'function' ? item.view : item.content, type: item.type, detail: item.postfix ?? undefined }));
    return options.length ? { from: typed.from, options, validFor: /^[\p{L}\p{N}_]*$/u } : null;
  };
}

/**
 * Lint marks from Neo4j's current parser and semantic analysis, run in cypher-lint-worker.js (started at the
 * first lint). The editor package's own linter uses an older Cypher grammar that rejects valid statements
 * (type(r), labels(n)[0], COUNT { }); it stays on, silenced, for the colours it gives labels and types.
 * With the schema known, a label or type the graph does not hold is flagged as a warning, as Neo4j does.
 */
function languageSupportLinter(schemaNow) {
  let worker = null;
  let asked = 0;
  const waiting = new Map();
  const answerAll = diagnostics => { for (const resolve of waiting.values()) resolve(diagnostics); waiting.clear(); };
  function start() {
    const started = new Worker(new URL('./cypher-lint-worker.js', import.meta.url), { type: 'module' });
    started.onmessage = ({ data }) => { waiting.get(data.id)?.(data.diagnostics); waiting.delete(data.id); };
    started.onerror = () => answerAll([]);   // no checker, no marks: the server still reports errors on run
    return started;
  }
  return linter(view => {
    const text = view.state.doc.toString();
    if (!text.trim()) return [];
    worker ??= start();
    const id = ++asked;
    const { labels, relationshipTypes } = schemaNow();
    const schema = labels ? { labels, relationshipTypes } : {};
    return new Promise(resolve => {
      waiting.set(id, resolve);
      worker.postMessage({ id, text, schema });
    }).then(diagnostics => diagnostics.filter(d => d.to <= text.length));
  }, { delay: 300 });
}

/**
 * Creates the editor inside host. onRun() runs the statement (Ctrl/Cmd+Enter); onHistory(step) replaces
 * the text with an older (+1) or newer (-1) statement and says whether it did (Up on the first line,
 * Down on the last, as in Neo4j Browser, unless the completion list is open and wants the arrows).
 */
export function createQueryEditor(host, { value = '', onRun, onHistory }) {
  const listOpen = view => completionStatus(view.state) === 'active';
  const lineOf = view => view.state.doc.lineAt(view.state.selection.main.head).number;
  const keys = Prec.highest(keymap.of([
    { key: 'Mod-Enter', run: () => { onRun(); return true; } },
    { key: 'Ctrl-Enter', run: () => { onRun(); return true; } },
    { key: 'ArrowUp', run: view => !listOpen(view) && lineOf(view) === 1 && onHistory(1) },
    { key: 'ArrowDown', run: view => !listOpen(view) && lineOf(view) === view.state.doc.lines && onHistory(-1) },
  ]));
  // The package's completion is switched off for the source above, which reads the package's editor
  // support (made with the editor) and the last schema fetched.
  let support = null;
  let schema = {};
  const completion = autocompletion({ override: [schemaCompletions(() => support, () => schema.functions ?? [])] });
  const lint = languageSupportLinter(() => schema);
  const { editor } = createCypherEditor(host, {
    value, lint: false, autocomplete: false, lineWrapping: true, autofocus: false, theme: 'light',
    placeholder: 'MATCH (n) RETURN n LIMIT 25',
    preExtensions: [keys, serverErrorField, completion, lint, EditorView.contentAttributes.of({ 'aria-label': 'Cypher' })],
  });
  support = editor.editorSupport;
  const view = editor.codemirror;

  let schemaAsked = null;
  /** Fetches the live schema for completion; a failure leaves the previous one (completion still offers keywords). */
  function refreshSchema() {
    schemaAsked ??= api.schema()
      .then(answer => { schema = answer; editor.setSchema(answer); })
      .catch(() => {})
      .finally(() => { schemaAsked = null; });
    return schemaAsked;
  }

  return {
    view,
    getValue: () => view.state.doc.toString(),
    /** Replaces the text; the cursor goes to its start or its end (where a further Up or Down continues). */
    setValue(text, cursorAt = 'end') {
      editor.setValue(text);
      const position = cursorAt === 'start' ? 0 : view.state.doc.length;
      view.dispatch({ selection: { anchor: position }, scrollIntoView: true });
    },
    focus: () => view.focus(),
    /** Marks the server's error at a 1-based line and column, to the end of the line, and puts the cursor there. */
    markError(line, column) {
      const doc = view.state.doc;
      if (line < 1 || line > doc.lines) return;
      const text = doc.line(line);
      const from = Math.min(text.from + Math.max(0, column - 1), Math.max(text.from, text.to - 1));
      view.dispatch({ effects: setServerError.of(text.to > from ? { from, to: text.to } : null), selection: { anchor: from } });
    },
    clearError: () => view.dispatch({ effects: setServerError.of(null) }),
    refreshSchema,
    /** CodeMirror measures itself again (after its tab was hidden). */
    refresh: () => view.requestMeasure(),
  };
}
