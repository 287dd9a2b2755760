// The JSON API of the server. Errors come back as problem details and are thrown as ApiError.

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.problem = problem ?? {};
    this.status = status;
  }
}

let token = sessionStorage.getItem('relationsgraph-token') ?? '';
export function setToken(value) {
  token = value;
  sessionStorage.setItem('relationsgraph-token', value);
}
export function authHeaders() {
  return token ? { 'X-RelationsGraph-Token': token } : {};
}

async function request(path, init = {}) {
  const response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...authHeaders(), ...(init.headers ?? {}) } });
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = { detail: text }; }
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

const query = params => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null)).toString();

export const api = {
  info: () => request('/api/info'),
  graph: (limit = 2500) => request(`/api/graph?${query({ limit })}`),
  counts: () => request('/api/counts'),
  search: (term, limit = 12) => request(`/api/search?${query({ term, limit })}`),
  neighbourhood: id => request(`/api/neighbourhood?${query({ id })}`),
  node: id => request(`/api/node?${query({ id })}`),
  evidence: elementId => request(`/api/evidence?${query({ elementId })}`),
  trace: id => request(`/api/trace?${query({ id })}`),
  paths: (from, to) => request(`/api/paths?${query({ from, to })}`),
  meetings: () => request('/api/meetings'),
  articles: () => request('/api/articles'),
  article: id => request(`/api/article?${query({ id })}`),
  examples: () => request('/api/examples'),
  schema: () => request('/api/schema'),
  run: (cypher, parameters) => request('/api/query', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cypher, parameters }),
  }),
};

/** Rows of a result as objects keyed by column. */
export function records(result) {
  return (result?.rows ?? []).map(row => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
}
