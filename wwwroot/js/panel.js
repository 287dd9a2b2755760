// The details panel: a node (properties, aliases, roles, relationships by type, mentioning articles)
// or a relationship (type, properties, evidence sentences with links to their articles).
import { api, records } from './api.js';
import { h, replace, highlight, formatValue } from './dom.js';
import { labelStyle, typeColor, aliasesOf } from './model.js';

const HIDDEN_PROPERTIES = new Set(['aliases', 'roles', 'text', 'evidence', 'sources']);

export function createPanel(element, explorer) {
  let current = 0; // a newer click wins over a slower earlier answer

  function empty() {
    replace(element, h('div', { class: 'panel-empty' },
      h('h2', {}, 'Explore the graph'),
      h('p', {}, 'Click a node or a relationship to see its details and the sentences behind it. Double-click a node to expand its neighbours.')));
  }

  function propertyTable(props) {
    const rows = Object.entries(props ?? {}).filter(([k]) => !HIDDEN_PROPERTIES.has(k));
    if (rows.length === 0) return null;
    return h('table', { class: 'props' }, rows.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, formatValue(v)))));
  }

  function entityLink(node) {
    return h('button', { class: 'entity-link', onclick: () => explorer.focusByKey(node.properties?.id, node) }, node.properties?.name ?? node.properties?.title ?? node.elementId);
  }

  function mentionsList(articles, aliases) {
    if (!articles.length) return h('p', { class: 'hint' }, 'No article mentions it.');
    return h('div', { class: 'mentions' }, articles.map(a => h('div', { class: 'mention' },
      h('button', { class: 'entity-link', onclick: () => explorer.openArticle(a.id) }, a.title ?? a.id),
      h('div', { class: 'hint' }, [a.published, a.count != null ? `${a.count} mention(s)` : null].filter(Boolean).join(' · ')),
      a.sentences.map(s => h('blockquote', {}, highlight(s, aliases))))));
  }

  async function showNode(cyNode) {
    const ticket = ++current;
    const data = cyNode.data();
    const style = labelStyle(data.label);
    const header = h('div', { class: 'panel-head' },
      h('span', { class: 'badge', style: { background: style.color } }, data.label), h('h2', {}, data.name));
    const pinned = cyNode.hasClass('pinned');
    const actions = h('div', { class: 'actions' },
      h('button', { class: 'button', 'data-action': 'expand', onclick: () => explorer.expand(cyNode) }, 'Expand neighbours'),
      h('button', { class: 'button', 'data-action': 'hide', onclick: () => explorer.hide(cyNode) }, 'Hide'),
      h('button', { class: 'button', 'data-action': 'pin', onclick: () => { explorer.togglePin(cyNode); showNode(cyNode); } }, pinned ? 'Unpin' : 'Pin'),
      h('button', { class: 'button', 'data-action': 'path-from', onclick: () => explorer.setPathEnd('from', cyNode) }, 'Path from'),
      h('button', { class: 'button', 'data-action': 'path-to', onclick: () => explorer.setPathEnd('to', cyNode) }, 'Path to'),
      data.label === 'Agreement' ? h('button', { class: 'button primary', 'data-action': 'trace', onclick: () => explorer.trace(data.key) }, 'Trace agreement') : null);
    const body = h('div', {}, h('p', { class: 'hint' }, 'Loading…'));
    replace(element, header, actions, body);

    try {
      const [details, neighbourhood] = await Promise.all([api.node(data.key), api.neighbourhood(data.key)]);
      if (ticket !== current) return;
      const props = details.node.properties ?? {};
      const aliases = aliasesOf(props);
      const groups = new Map();
      for (const row of records(neighbourhood)) {
        if (!row.relationship || !row.neighbour) continue;
        const outgoing = row.relationship.startElementId === details.node.elementId;
        const key = `${outgoing ? '' : '← '}${row.relationship.type}${outgoing ? ' →' : ''}`;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(row.neighbour);
      }
      replace(body,
        propertyTable(props),
        props.aliases?.length ? [h('h3', {}, 'Aliases'), h('div', { class: 'chips' }, props.aliases.map(a => h('span', { class: 'chip' }, a)))] : null,
        props.roles?.length ? [h('h3', {}, 'Roles'), h('div', { class: 'chips' }, props.roles.map(r => h('span', { class: 'chip' }, r)))] : null,
        h('h3', {}, 'Relationships'),
        groups.size === 0 ? h('p', { class: 'hint' }, 'None.') : [...groups].map(([type, nodes]) => h('div', { class: 'group' },
          h('div', { class: 'group-title' }, `${type} (${nodes.length})`),
          h('ul', {}, nodes.map(n => h('li', {}, entityLink(n)))))),
        h('h3', {}, 'Mentioned in'),
        mentionsList(details.articles, aliases));
    } catch (error) {
      if (ticket === current) replace(body, h('p', { class: 'query-error' }, error.message));
    }
  }

  async function showEdge(cyEdge) {
    const ticket = ++current;
    const data = cyEdge.data();
    const source = cyEdge.source().data();
    const target = cyEdge.target().data();
    const body = h('div', {}, h('p', { class: 'hint' }, 'Loading evidence…'));
    replace(element,
      h('div', { class: 'panel-head' }, h('span', { class: 'badge', style: { background: typeColor(data.type) } }, data.type)),
      h('p', {}, h('button', { class: 'entity-link', onclick: () => explorer.select(cyEdge.source()) }, source.name), ' → ',
        h('button', { class: 'entity-link', onclick: () => explorer.select(cyEdge.target()) }, target.name)),
      propertyTable(data.props), h('h3', {}, 'Evidence'), body);
    try {
      const evidence = records(await api.evidence(data.id));
      if (ticket !== current) return;
      const terms = [...aliasesOf(source.props), ...aliasesOf(target.props)];
      replace(body, evidence.length === 0 ? h('p', { class: 'hint' }, 'No evidence recorded.') : evidence.map(e => h('div', { class: 'mention evidence' },
        h('button', { class: 'entity-link', onclick: () => explorer.openArticle(e.article) }, e.title ?? e.article ?? 'article'),
        h('blockquote', {}, highlight(String(e.evidence ?? ''), terms)))));
    } catch (error) {
      if (ticket === current) replace(body, h('p', { class: 'query-error' }, error.message));
    }
  }

  function showContent(...children) {
    ++current;
    replace(element, ...children);
  }

  empty();
  return { showNode, showEdge, showContent, empty };
}
