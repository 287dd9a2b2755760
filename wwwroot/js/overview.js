// The note over an overview: when the graph is larger than the view budget, the server sends its most
// connected entities and a summary of the whole graph by label and relationship type; the note says
// what is drawn and what the whole holds, so nothing missing goes unnoticed.
import { h, replace } from './dom.js';
import { records } from './api.js';

const number = n => Number(n).toLocaleString('en');

export function showOverviewNote(element, summary, shownNodes) {
  if (!summary?.byDegree) { element.hidden = true; replace(element); return; }
  const labels = records(summary.labels);
  const types = records(summary.types);
  replace(element,
    h('strong', {}, `Overview: the ${number(shownNodes)} most connected of ${number(summary.entities)} entities`),
    h('div', { class: 'overview-summary', 'data-summary': 'labels' }, labels.map(l => h('span', { class: 'chip' }, `${l.label} ${number(l.count)}`))),
    h('div', { class: 'overview-summary', 'data-summary': 'types' }, types.map(t => h('span', { class: 'chip' }, `${t.type} ${number(t.count)}`))),
    h('div', { class: 'hint' }, 'Search or double-click a node to bring in the rest.'));
  element.hidden = false;
}
