// The search box: suggestions over names and aliases as you type; choosing one focuses it.
import { api, records } from './api.js';
import { h, replace, highlight } from './dom.js';
import { labelStyle } from './model.js';

export function createSearch(input, list, onChoose) {
  let items = [];
  let active = -1;
  let timer = 0;
  let asked = 0;

  const close = () => { list.hidden = true; active = -1; };

  function render(term) {
    replace(list, items.map((item, i) => {
      const props = item.node.properties ?? {};
      const alias = (props.aliases ?? []).find(a => a.toLowerCase().includes(term.toLowerCase()) && a !== props.name);
      return h('li', { role: 'option', class: i === active ? 'active' : '', onmousedown: e => { e.preventDefault(); choose(i); } },
        h('span', { class: `swatch ${labelStyle(item.label).shape}`, style: { background: labelStyle(item.label).color } }),
        h('span', {}, highlight(String(props.name ?? props.id), [term])),
        h('span', { class: 'alias' }, alias ? `also “${alias}”` : item.label));
    }));
    list.hidden = items.length === 0;
  }

  function choose(i) {
    const item = items[i];
    if (!item) return;
    close();
    input.value = item.node.properties?.name ?? '';
    onChoose(item.node);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const term = input.value.trim();
    if (term.length < 2) { items = []; close(); return; }
    timer = setTimeout(async () => {
      const ticket = ++asked;
      try {
        const result = await api.search(term);
        if (ticket !== asked) return;
        items = records(result);
        active = items.length ? 0 : -1;
        render(term);
      } catch { close(); }
    }, 150);
  });
  input.addEventListener('keydown', e => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render(input.value.trim());
    } else if (e.key === 'Enter') { e.preventDefault(); choose(Math.max(0, active)); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
