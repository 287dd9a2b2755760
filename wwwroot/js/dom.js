// Building the page from data without ever parsing data as HTML: every string becomes a text node.

/** h('div', {class: 'x', onclick: f}, 'text', child) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'style' && typeof value === 'object') Object.assign(element.style, value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties an element and fills it with new children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/**
 * The text with every case-insensitive occurrence of the terms wrapped by wrap(match, term),
 * longest terms first, never overlapping. Returns nodes, never markup.
 */
export function highlight(text, terms, wrap = match => h('mark', {}, match)) {
  const wanted = [...new Set(terms.filter(t => t && t.length > 1))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const spans = [];
  for (const term of wanted) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!isWordEdge(lower, at - 1) || !isWordEdge(lower, end)) continue;
      if (spans.some(s => at < s.end && end > s.start)) continue;
      spans.push({ start: at, end, term });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const nodes = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) nodes.push(document.createTextNode(text.slice(cursor, span.start)));
    nodes.push(wrap(text.slice(span.start, span.end), span.term));
    cursor = span.end;
  }
  if (cursor < text.length) nodes.push(document.createTextNode(text.slice(cursor)));
  return nodes;
}

function isWordEdge(text, index) {
  if (index < 0 || index >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[index]);
}

/** Starts a download of a blob under the file name. */
export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A plain-text form of any result value, for tables and property lists. */
export function formatValue(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (isNode(value)) return `(:${value.labels.join(':')} ${displayName(value)})`;
  if (isRelationship(value)) return `[:${value.type}]`;
  if (isPath(value)) return value.nodes.map(displayName).join(' → ');
  return JSON.stringify(value, null, 1);
}

export const isNode = v => v && typeof v === 'object' && 'elementId' in v && Array.isArray(v.labels);
export const isRelationship = v => v && typeof v === 'object' && 'elementId' in v && 'startElementId' in v;
export const isPath = v => v && typeof v === 'object' && Array.isArray(v.nodes) && Array.isArray(v.relationships);

export function displayName(node) {
  const p = node.properties ?? {};
  return String(p.name ?? p.title ?? p.id ?? node.elementId);
}
