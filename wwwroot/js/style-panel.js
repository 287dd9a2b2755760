// Style by label, as in Neo4j Browser's style panel: per label a colour, a node size and the property
// shown as caption, plus "size by degree". Choices apply at once, are kept in localStorage across
// reloads, and "Reset" returns to the defaults. The pattern: user overrides layered over a base
// stylesheet, rebuilt whole on each change (cheap, and never stale).
import { h, replace } from './dom.js';
import { labelStyle } from './model.js';
import { STYLE, isDense } from './graph.js';

const STORAGE_KEY = 'relationsgraph-style';
export const SIZES = { S: 18, M: 26, L: 38, XL: 52 };
const DEFAULT_SIZE = 'M';
// Captions come from scalar properties; these hold lists or long text, not captions.
const NOT_CAPTIONS = new Set(['aliases', 'roles', 'text', 'evidence', 'sources']);

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (saved && typeof saved === 'object') return { labels: saved.labels ?? {}, sizeByDegree: saved.sizeByDegree !== false };
  } catch { /* a damaged entry is treated as no entry */ }
  return { labels: {}, sizeByDegree: true };
}

export function createStylePanel({ cy, panel, openButton, legend, labels: knownLabels = [] }) {
  let settings = load();
  let dense = null;
  // Rules exist for every label the graph declares, so adding nodes needs no restyle of the whole view.
  const styledLabels = new Set(knownLabels);

  const choice = label => ({ color: labelStyle(label).color, size: DEFAULT_SIZE, caption: 'name', ...(settings.labels[label] ?? {}) });

  function captionOf(node) {
    const { caption } = choice(node.data('label'));
    const value = caption === 'name' ? null : node.data('props')?.[caption];
    if (value == null) return node.data('name');
    return Array.isArray(value) ? value.join(', ') : String(value);
  }

  function nodeSize(size) {
    // A dense view halves every size: hundreds of nodes stay apart and the structure shows.
    const base = (SIZES[size] ?? SIZES[DEFAULT_SIZE]) * (dense ? 0.5 : 1);
    // By degree: hubs stand out (up to 2.75 times the base); otherwise one size for the label.
    return settings.sizeByDegree ? `mapData(degree, 0, 24, ${base}, ${Math.round(base * 2.75)})` : Math.round(base * 1.4);
  }

  function rules() {
    cy.nodes().forEach(n => styledLabels.add(n.data('label')));
    const perLabel = [...styledLabels].map(label => {
      const c = choice(label);
      const size = nodeSize(c.size);
      return { selector: `node[label = ${JSON.stringify(label)}]`, style: { 'background-color': c.color, width: size, height: size, label: 'data(caption)' } };
    });
    // Dense views draw edges as straight haystack lines without arrows or labels: far cheaper, and
    // the eye reads a dense view's structure, not each edge's direction.
    const edges = dense
      ? [{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, opacity: 0.45, label: '', 'target-arrow-shape': 'none' } }]
      : [{ selector: 'edge', style: { 'curve-style': 'bezier' } }];
    const [nodeRule, edgeRule, ...states] = STYLE;
    return [nodeRule, edgeRule, ...perLabel, ...edges, ...states];
  }

  const customCaption = label => (settings.labels[label]?.caption ?? 'name') !== 'name';

  function setCaptions(nodes) {
    cy.batch(() => nodes.forEach(n => { const caption = captionOf(n); if (n.data('caption') !== caption) n.data('caption', caption); }));
  }

  function apply() {
    dense = isDense(cy);
    setCaptions(cy.nodes());
    cy.style().fromJson(rules()).update();
    paintLegend();
  }

  /** The sidebar's label legend in the chosen colours (it is redrawn when a filter is lifted). */
  function paintLegend() {
    for (const input of legend.querySelectorAll('input[data-filter=label]')) {
      const swatch = input.parentElement.querySelector('.swatch');
      if (swatch) swatch.style.background = choice(input.value).color;
    }
  }

  function save() {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    apply();
  }

  function set(label, key, value) {
    settings.labels[label] = { ...(settings.labels[label] ?? {}), [key]: value };
    save();
  }

  function captionOptions(label) {
    const keys = new Set(['name']);
    cy.nodes().filter(n => n.data('label') === label).forEach(n => {
      for (const [k, v] of Object.entries(n.data('props') ?? {})) {
        if (!NOT_CAPTIONS.has(k) && v != null && typeof v !== 'object') keys.add(k);
      }
    });
    return [...keys];
  }

  function render() {
    const labels = [...new Set(cy.nodes().map(n => n.data('label')))].sort();
    const rows = labels.map(label => {
      const c = choice(label);
      return h('div', { class: 'style-row', 'data-style-label': label },
        h('span', { class: 'style-label' }, label),
        h('input', { type: 'color', value: c.color, 'aria-label': `${label} colour`, 'data-style': 'color', oninput: e => set(label, 'color', e.target.value) }),
        h('select', { 'aria-label': `${label} size`, 'data-style': 'size', onchange: e => set(label, 'size', e.target.value) },
          Object.keys(SIZES).map(s => h('option', { value: s, selected: s === c.size }, s))),
        h('select', { 'aria-label': `${label} caption`, 'data-style': 'caption', onchange: e => set(label, 'caption', e.target.value) },
          captionOptions(label).map(k => h('option', { value: k, selected: k === c.caption }, k))));
    });
    replace(panel,
      h('div', { class: 'style-head' }, h('strong', {}, 'Style by label'), h('button', { class: 'link', 'data-style': 'close', onclick: () => { panel.hidden = true; } }, 'Close')),
      h('div', { class: 'style-columns hint' }, h('span', {}, 'Label'), h('span', {}, 'Colour'), h('span', {}, 'Size'), h('span', {}, 'Caption')),
      rows,
      h('label', { class: 'style-degree' }, h('input', { type: 'checkbox', checked: settings.sizeByDegree, 'data-style': 'size-by-degree',
        onchange: e => { settings.sizeByDegree = e.target.checked; save(); } }), 'Size by degree (most connected largest)'),
      h('button', { class: 'button ghost', 'data-style': 'reset', onclick: reset }, 'Reset to defaults'));
  }

  function reset() {
    settings = { labels: {}, sizeByDegree: true };
    localStorage.removeItem(STORAGE_KEY);
    apply();
    render();
  }

  openButton.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    if (!panel.hidden) render();
  });
  // Once per batch of additions: new nodes get their chosen caption, and the whole view is restyled
  // only when the density flips or a label without rules appears.
  let added = [];
  cy.on('add remove', e => {
    if (e.type === 'add' && e.target.isNode()) added.push(e.target);
    if (added.pending) return;
    added.pending = true;
    queueMicrotask(() => {
      const fresh = added;
      added = [];
      if (isDense(cy) !== dense || fresh.some(n => !styledLabels.has(n.data('label')))) { apply(); return; }
      // Nodes built by hand (the trace's articles) may come without a caption.
      const custom = fresh.filter(n => n.inside() && (customCaption(n.data('label')) || n.data('caption') == null));
      if (custom.length) setCaptions(cy.collection(custom));
    });
  });
  apply();
  return { apply, paintLegend, reset, settings: () => settings };
}
