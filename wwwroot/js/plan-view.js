// The Plan view of a result frame: EXPLAIN's or PROFILE's operator tree drawn as Neo4j Browser draws
// it, leaves on top and ProduceResults at the bottom, each arrow labelled with the rows that flow
// through it; and the same plan as the text table Neo4j's shell prints.
import { h } from './dom.js';

const count = n => Number(n).toLocaleString('en-US');

/** Every operator of the plan, depth first, with its depth below the root. */
export function flattenPlan(plan, depth = 0, out = []) {
  out.push({ plan, depth });
  for (const child of plan.children ?? []) flattenPlan(child, depth + 1, out);
  return out;
}

export const totalDbHits = plan => flattenPlan(plan).reduce((sum, { plan: p }) => sum + (p.dbHits ?? 0), 0);

function operatorBox(plan) {
  const profiled = plan.rows !== undefined;
  return h('div', { class: 'plan-operator', dataset: { operator: plan.operator } },
    h('div', { class: 'plan-operator-name' }, plan.operator),
    plan.details ? h('div', { class: 'plan-operator-details' }, plan.details) : null,
    profiled ? h('div', { class: 'plan-operator-counts' },
      h('span', { class: 'plan-rows' }, `${count(plan.rows)} row${plan.rows === 1 ? '' : 's'}`),
      h('span', { class: 'plan-db-hits' }, `${count(plan.dbHits)} db hit${plan.dbHits === 1 ? '' : 's'}`)) : null);
}

// Children above (side by side when there are several), an arrow per child, then the operator.
function subtree(plan) {
  const children = plan.children ?? [];
  return h('div', { class: 'plan-subtree' },
    children.length ? h('div', { class: 'plan-inputs' }, children.map(child => h('div', { class: 'plan-input' },
      subtree(child),
      h('div', { class: 'plan-arrow' }, child.rows !== undefined ? `${count(child.rows)} rows` : '')))) : null,
    operatorBox(plan));
}

export function renderPlan(plan, mode) {
  const summary = mode === 'PROFILE'
    ? `PROFILE: ${count(totalDbHits(plan))} total db hits, ${count(plan.rows ?? 0)} rows`
    : 'EXPLAIN: the plan, not run';
  return h('div', { class: 'plan-view' }, h('div', { class: 'plan-summary hint' }, summary), h('div', { class: 'plan-tree' }, subtree(plan)));
}

/** The plan as a fixed-width table, one line per operator, indented by depth (Neo4j's text plan). */
export function planText(plan, mode) {
  const profiled = mode === 'PROFILE';
  const head = profiled ? ['Operator', 'Details', 'Rows', 'DB Hits'] : ['Operator', 'Details'];
  const lines = flattenPlan(plan).map(({ plan: p, depth }) => {
    const cells = [`${'| '.repeat(depth)}+${p.operator}`, p.details ?? ''];
    if (profiled) cells.push(count(p.rows ?? 0), count(p.dbHits ?? 0));
    return cells;
  });
  const footer = profiled ? `\nTotal database accesses: ${count(totalDbHits(plan))}` : '';
  return textTable(head, lines) + footer;
}

/** Rows as Neo4j's shell prints them: +---+ rules, | separated, padded cells. */
export function textTable(columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map(r => String(r[i]).length)));
  const rule = `+${widths.map(w => '-'.repeat(w + 2)).join('+')}+`;
  const line = cells => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [rule, line(columns), rule, ...rows.map(line), rule].join('\n');
}
