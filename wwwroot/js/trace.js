// Tracing an agreement: its parties, signatories, the meeting that produced it (date, place,
// attendees), what it reaffirms and what reaffirms it, and the articles reporting it, as a lineage.
import { api, records } from './api.js';
import { h, displayName } from './dom.js';
import { elementsOf, labelStyle } from './model.js';


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
  const articleNodeIds = answer.articles.map(a => `article:${a.id}`);
  return { row, meetingContexts, articles: answer.articles, graph, positions: lineagePositions(graph, agreementId, row, articleNodeIds) };
}

// The trace as a lineage, laid out radially around the agreement: every node linked to the agreement
// sits on its own ray from it, in a sector for its part (earlier agreements left, later right, the
// meetings that produced it above with their attendees and places beyond them, signers and parties
// below, reporting articles upper right), so no straight edge runs through another node.
// Angles in degrees, screen y pointing down (90 is straight down).
const SECTORS = { later: [-28, 28], parties: [38, 84], signers: [96, 142], earlier: [152, 208], meetings: [238, 302], articles: [308, 332] };
const MIN_RADIUS = 260;
const NODE_SPACING = 120;
const SATELLITE_DISTANCE = 190;

const radians = degrees => (degrees * Math.PI) / 180;
const at = (angle, radius, origin = { x: 0, y: 0 }) => ({ x: origin.x + radius * Math.cos(radians(angle)), y: origin.y + radius * Math.sin(radians(angle)) });

/** Angles for n nodes within a sector, and the radius that keeps neighbours NODE_SPACING apart. */
function spread(n, [from, to]) {
  const angles = n === 1 ? [(from + to) / 2] : Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
  const radius = n < 2 ? MIN_RADIUS : Math.max(MIN_RADIUS, (NODE_SPACING * (n - 1)) / radians(to - from));
  return { angles, radius };
}

/**
 * Earlier (or later) agreements in true time order from left to right: the slot nearest the
 * horizontal axis is the leftmost on the left side (rightmost on the right), so slots are filled
 * outward from it, oldest first on the left and newest first on the right; undated ones come last,
 * nearest the agreement, and are marked as such.
 */
function lineageOrder(nodes, newestFirst) {
  const dated = nodes.filter(n => n.data.date).sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)));
  if (newestFirst) dated.reverse();
  return [...dated, ...nodes.filter(n => !n.data.date)];
}

function placeLineage(nodes, sector, axisAngle, positions) {
  const { angles, radius } = spread(nodes.length, sector);
  const slots = [...angles].sort((a, b) => Math.abs(a - axisAngle) - Math.abs(b - axisAngle));
  nodes.forEach((n, i) => { positions[n.data.id] = at(slots[i], radius); });
}

function placeSector(nodes, sector, positions) {
  const { angles, radius } = spread(nodes.length, sector);
  nodes.forEach((n, i) => { positions[n.data.id] = at(angles[i], radius); });
  return angles.map(angle => ({ angle, radius }));
}

export function lineagePositions({ nodes, edges }, agreementId, row, articleNodeIds) {
  const byId = new Map(nodes.map(n => [n.data.id, n]));
  const placed = new Set([agreementId]);
  const take = list => list.map(x => byId.get(x.elementId ?? x)).filter(n => n && !placed.has(n.data.id) && placed.add(n.data.id));
  const positions = { [agreementId]: { x: 0, y: 0 } };

  const earlier = lineageOrder(take(row.reaffirms), false);
  const later = lineageOrder(take(row.reaffirmedBy), true);
  const meetings = take(row.producedAt);
  const signers = take(row.signers);
  const parties = take(row.parties);
  const articles = take(articleNodeIds);
  for (const n of [...earlier, ...later]) if (!n.data.date) n.data.name = `${n.data.name} (undated)`;

  placeLineage(earlier, SECTORS.earlier, 180, positions);
  placeLineage(later, SECTORS.later, 0, positions);
  placeSector(signers, SECTORS.signers, positions);
  placeSector(parties, SECTORS.parties, positions);
  placeSector(articles, SECTORS.articles, positions);
  const meetingSlots = placeSector(meetings, SECTORS.meetings, positions);

  // Attendees and places fan out beyond their meeting, within the meeting's share of the sector.
  const share = meetings.length ? (SECTORS.meetings[1] - SECTORS.meetings[0]) / meetings.length : 0;
  meetings.forEach((meeting, i) => {
    const satellites = take(edges.filter(e => e.data.source === meeting.data.id || e.data.target === meeting.data.id)
      .map(e => (e.data.source === meeting.data.id ? e.data.target : e.data.source)));
    const { angle } = meetingSlots[i];
    const span = Math.min(share * 0.8, 70);
    const fan = spread(satellites.length, [angle - span / 2, angle + span / 2]);
    const distance = Math.max(SATELLITE_DISTANCE, fan.radius - MIN_RADIUS + SATELLITE_DISTANCE);
    satellites.forEach((n, k) => { positions[n.data.id] = at(fan.angles[k], distance, positions[meeting.data.id]); });
  });

  // Anything else (a node linked only to another part) goes outside, below, one per column.
  nodes.filter(n => !(n.data.id in positions)).forEach((n, i) => { positions[n.data.id] = { x: (i - 1) * NODE_SPACING, y: MIN_RADIUS * 2.2 }; });
  return { positions };
}

/** Whether the quadratic curve from a through control c to b passes through the box (sampled). */
function curveHits(a, c, b, box) {
  for (let t = 0.02; t < 0.99; t += 0.01) {
    const u = 1 - t;
    const x = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
    const y = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
    if (x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2) return true;
  }
  return false;
}

/**
 * Edge routing around obstacles: an edge stays straight when its segment clears every other node;
 * otherwise it bends (one control point, tried at growing distances on either side) until its
 * curve, as drawn, clears them. Run after the nodes are placed.
 */
export function routeEdgesAroundNodes(cy) {
  const boxes = cy.nodes(':visible').map(n => ({ node: n, box: n.boundingBox({ includeLabels: false }) }));
  cy.edges(':visible').forEach(edge => {
    const a = edge.source().position();
    const b = edge.target().position();
    const obstacles = boxes.filter(o => o.node !== edge.source() && o.node !== edge.target());
    const clear = c => !obstacles.some(o => curveHits(a, c, b, o.box));
    edge.style('curve-style', 'straight');
    if (clear({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })) return;
    for (const distance of [70, -70, 140, -140, 220, -220, 320, -320, 450, -450]) {
      edge.style({ 'curve-style': 'unbundled-bezier', 'control-point-distances': distance, 'control-point-weights': 0.5 });
      const [control] = edge.controlPoints() ?? [];
      if (control && clear(control)) return;
    }
    edge.style('curve-style', 'straight');
  });
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
