// How each label and relationship type looks, and the turning of result values into graph elements.
import { isNode, isPath, isRelationship, displayName } from './dom.js';

export const LABEL_STYLES = {
  Person: { color: '#4c8eda', shape: 'ellipse' },
  Country: { color: '#f79767', shape: 'round-rectangle' },
  Meeting: { color: '#57c7e3', shape: 'diamond' },
  Agreement: { color: '#f16667', shape: 'hexagon' },
  Place: { color: '#8dcc93', shape: 'triangle' },   // the SVG export cannot draw round-* polygons
  Organization: { color: '#c990c0', shape: 'barrel' },
  Article: { color: '#c2b59b', shape: 'rectangle' },
};
const FALLBACK = { color: '#a5abb6', shape: 'ellipse' };
export const labelStyle = label => LABEL_STYLES[label] ?? FALLBACK;

export const TYPE_COLORS = {
  REPRESENTS: '#7a8ba6', ATTENDED: '#4c8eda', HELD_IN: '#57a773', PRODUCED: '#e0834a', SIGNED: '#d9534f',
  PARTY_TO: '#b35fa3', REAFFIRMS: '#c9a227', LOCATED_IN: '#8a9a5b', MEMBER_OF: '#5b7fa6', AFFILIATED_WITH: '#8e7cc3', MENTIONS: '#c2b59b',
};
export const typeColor = type => TYPE_COLORS[type] ?? '#9aa1ad';

export function nodeElement(node) {
  const label = node.labels[0] ?? 'Node';
  const props = node.properties ?? {};
  return {
    group: 'nodes',
    data: {
      id: node.elementId, key: props.id ?? node.elementId, name: displayName(node), caption: displayName(node), label, labels: node.labels,
      props, date: props.date != null ? String(props.date) : props.year != null ? String(props.year) : null,
      color: labelStyle(label).color, shape: labelStyle(label).shape,
    },
  };
}

export function relationshipElement(rel) {
  return {
    group: 'edges',
    data: { id: rel.elementId, source: rel.startElementId, target: rel.endElementId, type: rel.type, props: rel.properties ?? {}, color: typeColor(rel.type) },
  };
}

/** Every node, relationship and path anywhere in a result (nested in lists and maps too), as elements. */
export function elementsOf(...values) {
  const nodes = new Map();
  const edges = new Map();
  const visit = value => {
    if (value === null || typeof value !== 'object') return;
    if (isPath(value)) { value.nodes.forEach(visit); value.relationships.forEach(visit); return; }
    if (isRelationship(value)) { edges.set(value.elementId, relationshipElement(value)); return; }
    if (isNode(value)) { nodes.set(value.elementId, nodeElement(value)); return; }
    if (Array.isArray(value)) value.forEach(visit);
    else Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  // A relationship whose ends are not in the result cannot be drawn on its own.
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function aliasesOf(props) {
  return [...new Set([props?.name, ...(props?.aliases ?? [])].filter(a => typeof a === 'string'))];
}

// Words that name a kind of thing, not one thing: "the joint statement" or "the plan" may be any
// article's, so an alias made only of these links nothing (the pattern: generic mentions need coreference).
const GENERIC_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'new', 'two', 'three', 'both', 'of', 'and', 'on', 'for',
  'joint', 'press', 'agreement', 'agreements', 'treaty', 'deal', 'accord', 'accords', 'statement', 'declaration', 'plan', 'pact',
  'framework', 'memorandum', 'communique', 'summit', 'meeting', 'talks', 'visit', 'call', 'conference', 'ceremony', 'leaders', 'leader',
  'minister', 'ministers', 'president', 'government', 'capital', 'city', 'country', 'countries', 'sides']);

export function isGenericAlias(alias) {
  return alias.toLowerCase().split(/[\s'’-]+/).filter(Boolean).every(word => GENERIC_WORDS.has(word));
}

/**
 * The entity each highlighted term stands for in an article: generic aliases left out, and a term
 * that is one entity's own name and another's alias (Tokyo the city, "Tokyo" for Japan's government)
 * goes to the entity it names.
 */
export function termsOf(entities) {
  const byTerm = new Map();
  for (const entity of entities) {
    for (const alias of aliasesOf(entity.properties)) {
      if (isGenericAlias(alias)) continue;
      const term = alias.toLowerCase();
      const ownName = alias === entity.properties?.name;
      const held = byTerm.get(term);
      if (!held || (ownName && !held.ownName)) byTerm.set(term, { entity, ownName });
    }
  }
  return new Map([...byTerm].map(([term, { entity }]) => [term, entity]));
}
