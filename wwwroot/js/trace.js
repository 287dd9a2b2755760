// Tracing an agreement: its parties, signatories, the meeting that produced it (date, place,
// attendees), what it reaffirms and what reaffirms it, and the articles reporting it, left to right in time.
import { api, records } from './api.js';
import { h, displayName } from './dom.js';
import { elementsOf, labelStyle } from './model.js';

const COLUMN_WIDTH = 230;
const ROW_HEIGHT = 90;

export async function loadTrace(id) {
  const answer = await api.trace(id);
  const [row] = records(answer.trace);
  const meetingContexts = new Map(answer.meetings.map(m => [m.id, records(m.context)]));
  const graph = elementsOf(answer.trace.rows, answer.links.rows, answer.meetings.map(m => m.context.rows));
  const agreementId = row.agreement.elementId;

  // The reporting articles join the picture as Article nodes mentioning the agreement.
  for (const article of answer.articles) {
    const articleNodeId = `article:${article.id}`;
    graph.nodes.push({ group: 'nodes', data: {
      id: articleNodeId, key: article.id, name: article.title ?? article.id, label: 'Article', labels: ['Article'],
      props: { id: article.id, title: article.title, published: article.published }, date: article.published,
      color: labelStyle('Article').color, shape: labelStyle('Article').shape, article: true } });
    graph.edges.push({ group: 'edges', data: { id: `mentions:${article.id}`, source: articleNodeId, target: agreementId, type: 'MENTIONS', props: {}, color: '#c2b59b' } });
  }
  return { row, meetingContexts, articles: answer.articles, graph, positions: timePositions(graph, agreementId) };
}

/** Columns by date (agreements, meetings and articles carry one); undated ends sit beside what they link to. */
function timePositions({ nodes, edges }, agreementId) {
  const dateOf = new Map(nodes.map(n => [n.data.id, n.data.label === 'Agreement' || n.data.label === 'Meeting' || n.data.label === 'Article' ? n.data.date : null]));
  const anchorDate = dateOf.get(agreementId) ?? '';
  for (const n of nodes) if ((n.data.label === 'Agreement' || n.data.label === 'Meeting') && !dateOf.get(n.data.id)) dateOf.set(n.data.id, anchorDate);
  // Undated nodes take the column of the dated node they are linked to.
  for (const e of edges) {
    for (const [self, other] of [[e.data.source, e.data.target], [e.data.target, e.data.source]]) {
      if (dateOf.get(self) == null && dateOf.get(other) != null) dateOf.set(self, dateOf.get(other));
    }
  }
  const columns = [...new Set([...dateOf.values()].map(d => String(d ?? anchorDate)))].sort();
  const perColumn = new Map();
  const positions = {};
  const order = { Agreement: 0, Meeting: 1, Article: 5, Country: 2, Person: 3, Place: 4 };
  const sorted = [...nodes].sort((a, b) => (order[a.data.label] ?? 6) - (order[b.data.label] ?? 6));
  for (const n of sorted) {
    const column = columns.indexOf(String(dateOf.get(n.data.id) ?? anchorDate));
    const slot = perColumn.get(column) ?? 0;
    perColumn.set(column, slot + 1);
    positions[n.data.id] = { x: column * COLUMN_WIDTH, y: (slot % 2 === 0 ? 1 : -1) * Math.ceil(slot / 2) * ROW_HEIGHT };
  }
  return { positions, columns };
}

/** The panel of a trace: every part as a list of clickable names. */
export function tracePanel(trace, explorer) {
  const { row, meetingContexts, articles } = trace;
  const link = node => h('button', { class: 'entity-link', onclick: () => explorer.focusByKey(node.properties?.id, node) }, displayName(node));
  const list = (title, nodes, extra = () => null) => h('div', { class: 'trace-section' },
    h('h3', {}, `${title} (${nodes.length})`),
    nodes.length === 0 ? h('p', { class: 'hint' }, 'None recorded.') : h('ul', { class: 'mentions' }, nodes.map(n => h('li', {}, link(n), extra(n)))));
  const props = row.agreement.properties ?? {};
  return [
    h('div', { class: 'panel-head' }, h('span', { class: 'badge', style: { background: labelStyle('Agreement').color } }, 'Trace'), h('h2', {}, displayName(row.agreement))),
    h('p', { class: 'hint' }, [props.kind, props.date ?? props.year].filter(v => v != null).join(' · ')),
    list('Parties', row.parties),
    list('Signatories', row.signers),
    list('Produced at', row.producedAt, meeting => {
      const context = meetingContexts.get(meeting.properties?.id) ?? [];
      const attendees = context.filter(c => c.relationship?.type === 'ATTENDED').map(c => c.other);
      const places = context.filter(c => c.relationship?.type === 'HELD_IN').map(c => displayName(c.other));
      const p = meeting.properties ?? {};
      return h('div', { class: 'hint' },
        [p.date ?? 'undated', places.join(', ') || p.place].filter(Boolean).join(' · '),
        attendees.length ? h('div', {}, 'Attendees: ', attendees.map((a, i) => [i ? ', ' : '', link(a)])) : null);
    }),
    list('Reaffirms', row.reaffirms),
    list('Reaffirmed by', row.reaffirmedBy),
    h('div', { class: 'trace-section' }, h('h3', {}, `Reported by (${articles.length})`),
      h('ul', { class: 'mentions' }, articles.map(a => h('li', {},
        h('button', { class: 'entity-link', onclick: () => explorer.openArticle(a.id) }, a.title ?? a.id),
        h('span', { class: 'hint' }, a.published ? ` · ${a.published}` : ''))))),
  ];
}
