// Filters by node label, relationship type and meeting date; the legend doubles as the label filter.
import { h, replace } from './dom.js';
import { LABEL_STYLES, labelStyle, typeColor } from './model.js';

export function createFilters({ cy, labelList, typeList, labels, types }) {
  const hiddenLabels = new Set(['Article']);
  const hiddenTypes = new Set(['MENTIONS']);
  let dateRange = null; // [from, to] as ISO strings, or null for every date

  function outOfRange(d) {
    const date = d.date == null ? '' : String(d.date);
    return Boolean(dateRange && d.label === 'Meeting' && date && (date < dateRange[0] || date.slice(0, dateRange[1].length) > dateRange[1]));
  }

  function apply() {
    // Only elements whose state changes are touched: one class call per direction, not one per
    // element (on a view of thousands, per-element toggles were most of the filter's time).
    const hide = [], show = [];
    const sort = (ele, hidden) => { if (hidden !== ele.hasClass('filtered')) (hidden ? hide : show).push(ele); };
    cy.nodes().forEach(n => { const d = n.data(); sort(n, hiddenLabels.has(d.label) || outOfRange(d)); });
    cy.edges().forEach(e => sort(e, hiddenTypes.has(e.data('type'))));
    cy.batch(() => {
      if (hide.length) cy.collection(hide).addClass('filtered');
      if (show.length) cy.collection(show).removeClass('filtered');
    });
    renderCounts();
  }

  function row(name, swatch, hidden, kind) {
    return h('li', {},
      h('label', {},
        h('input', { type: 'checkbox', checked: !hidden.has(name), 'data-filter': kind, value: name, onchange: e => {
          if (e.target.checked) hidden.delete(name); else hidden.add(name);
          apply();
        } }),
        swatch, h('span', {}, name)),
      h('span', { class: 'count', 'data-count': `${kind}:${name}` }, ''));
  }

  function render() {
    replace(labelList, labels.map(l => row(l, h('span', { class: `swatch ${labelStyle(l).shape}`, style: { background: labelStyle(l).color } }), hiddenLabels, 'label')));
    replace(typeList, types.map(t => row(t, h('span', { class: 'swatch line', style: { background: typeColor(t) } }), hiddenTypes, 'type')));
  }

  function renderCounts() {
    const counts = new Map();
    cy.nodes().forEach(n => counts.set(`label:${n.data('label')}`, (counts.get(`label:${n.data('label')}`) ?? 0) + 1));
    cy.edges().forEach(e => counts.set(`type:${e.data('type')}`, (counts.get(`type:${e.data('type')}`) ?? 0) + 1));
    for (const span of document.querySelectorAll('[data-count]')) span.textContent = String(counts.get(span.dataset.count) ?? 0);
  }

  render();
  return {
    apply,
    setDateRange(range) { dateRange = range; apply(); },
    /** Lifts the filters that hide this node (its label, the date window), since the user chose to see it; true when one was lifted. */
    reveal(node) {
      const d = node.data();
      const byLabel = hiddenLabels.delete(d.label);
      const byDate = outOfRange(d);
      if (byDate) dateRange = null;
      if (byLabel) render();
      if (byLabel || byDate) apply();
      return byDate;
    },
    knownLabels: Object.keys(LABEL_STYLES),
  };
}
