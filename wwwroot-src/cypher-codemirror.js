// Entry of the console editor's browser module. npm ships CodeMirror 6 and Neo4j's Cypher support
// for it (@neo4j-cypher/codemirror) as many small ES modules with bare imports, which a browser cannot
// load as they are; the build bundles this file with esbuild into one module (and one stylesheet),
// which LibMan then restores into wwwroot/lib/cypher-codemirror like the other libraries.
// Only library exports pass through here: the editor's own wiring is wwwroot/js/cypher-editor.js, so
// the page's code is edited without a bundling step, and every CodeMirror class it touches comes from
// this one bundle (CodeMirror's facets and fields must all come from one copy of @codemirror/state).
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';

export { createCypherEditor } from '@neo4j-cypher/codemirror';
export { EditorView, Decoration, keymap } from '@codemirror/view';
export { Prec, StateField, StateEffect } from '@codemirror/state';
export { autocompletion, completionStatus } from '@codemirror/autocomplete';
export { linter } from '@codemirror/lint';
