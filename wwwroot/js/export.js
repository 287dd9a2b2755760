// Exporting the current view: picture (PNG, SVG) and data (JSON, CSV).
import { download } from './dom.js';

export const csvCell = value => {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function exportView(cy, format) {
  const visible = cy.elements(':visible');
  switch (format) {
    case 'png':
      return download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'relationsgraph.png');
    case 'svg':
      return download(new Blob([cy.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), 'relationsgraph.svg');
    case 'json': {
      const data = {
        nodes: visible.nodes().map(n => ({ id: n.id(), key: n.data('key'), labels: n.data('labels'), properties: n.data('props') })),
        relationships: visible.edges().map(e => ({ id: e.id(), type: e.data('type'), source: e.data('source'), target: e.data('target'), properties: e.data('props') })),
      };
      return download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), 'relationsgraph.json');
    }
    case 'csv': {
      const lines = [['kind', 'id', 'label_or_type', 'name', 'source', 'target', 'properties'].join(',')];
      visible.nodes().forEach(n => lines.push(['node', n.data('key'), n.data('label'), n.data('name'), '', '', n.data('props')].map(csvCell).join(',')));
      visible.edges().forEach(e => lines.push(['relationship', e.id(), e.data('type'), '', e.source().data('key'), e.target().data('key'), e.data('props')].map(csvCell).join(',')));
      return download(new Blob([lines.join('\r\n')], { type: 'text/csv' }), 'relationsgraph.csv');
    }
  }
}

/** A console result as CSV (lists, maps and graph values as JSON cells) or as JSON rows keyed by column. */
export function exportResult(result, format) {
  if (format === 'csv') {
    const lines = [result.columns.map(csvCell).join(','), ...result.rows.map(row => row.map(csvCell).join(','))];
    return download(new Blob([lines.join('\r\n')], { type: 'text/csv' }), 'result.csv');
  }
  const rows = result.rows.map(row => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
  return download(new Blob([JSON.stringify(rows, null, 2)], { type: 'application/json' }), 'result.json');
}
