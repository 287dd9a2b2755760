// The article view: the list of loaded articles, and one article's cleaned text with its entities
// highlighted (by every alias) and clickable.
import { api, records } from './api.js';
import { h, replace, highlight } from './dom.js';
import { labelStyle, termsOf } from './model.js';

export function createArticles(listElement, reader, explorer) {
  let loaded = false;

  async function refreshList() {
    const articles = records(await api.articles());
    replace(listElement, articles.length === 0 ? h('li', { class: 'hint' }, 'No article loaded yet.') : articles.map(a =>
      h('li', { 'data-id': a.id, onclick: () => open(a.id) }, a.title ?? a.id, h('small', {}, [a.published, a.source].filter(Boolean).join(' · ')))));
    loaded = true;
  }

  async function open(id) {
    for (const li of listElement.children) li.classList.toggle('active', li.dataset.id === id);
    replace(reader, h('p', { class: 'hint' }, 'Loading…'));
    try {
      const [row] = records(await api.article(id));
      const article = row.article.properties ?? {};
      const byAlias = termsOf(row.entities.map(e => e.entity));
      const wrap = (match, term) => {
        const entity = byAlias.get(term.toLowerCase());
        const style = labelStyle(entity.labels[0]);
        return h('span', {
          class: 'entity', title: `${entity.labels[0]}: ${entity.properties?.name ?? ''}`, tabindex: 0,
          style: { background: `${style.color}22`, borderColor: style.color },
          onclick: () => explorer.focusByKey(entity.properties?.id, entity),
        }, match);
      };
      replace(reader,
        h('h1', {}, article.title ?? article.id),
        h('p', { class: 'hint' }, [article.published, article.source, `${row.entities.length} entities`].filter(Boolean).join(' · ')),
        h('div', { class: 'text' }, highlight(String(article.text ?? ''), [...byAlias.keys()], wrap)));
    } catch (error) {
      replace(reader, h('p', { class: 'query-error' }, error.message));
    }
  }

  return { open, refreshList, get loaded() { return loaded; } };
}
