// Loading articles from the page: drop or choose several files; each is checked, sent on its own
// with a progress bar, and gets its result (or a clear error) in the list.
import { authHeaders } from './api.js';
import { h } from './dom.js';

export function createUpload({ dialog, openButton, dropZone, input, list, limits }, info, onLoaded) {
  const maxBytes = info.maxUploadBytes;
  const allowed = info.uploadExtensions;
  limits.textContent = `${allowed.join(' ')} · up to ${Math.round(maxBytes / 1024)} KiB each`;

  openButton.addEventListener('click', () => dialog.showModal());
  dropZone.addEventListener('dragover', e => { e.preventDefault(); dropZone.classList.add('over'); });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
  dropZone.addEventListener('drop', e => { e.preventDefault(); dropZone.classList.remove('over'); sendAll([...e.dataTransfer.files]); });
  input.addEventListener('change', () => { sendAll([...input.files]); input.value = ''; });

  async function sendAll(files) {
    let any = false;
    for (const file of files) any = (await send(file)) || any;
    if (any) onLoaded();
  }

  function send(file) {
    const bar = h('progress', { max: 100, value: 0 });
    const status = h('div', { class: 'hint' }, 'Waiting…');
    // Newest first and scrolled to, so a result never lands out of sight below earlier ones.
    const item = h('li', { 'data-file': file.name }, h('strong', {}, file.name), bar, status);
    list.prepend(item);
    item.scrollIntoView({ block: 'nearest' });
    const fail = message => { bar.remove(); status.className = 'failed'; status.textContent = message; return false; };

    const extension = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.')).toLowerCase() : '';
    if (!allowed.includes(extension)) return Promise.resolve(fail(`Not loaded: only ${allowed.join(', ')} files are accepted.`));
    if (file.size > maxBytes) return Promise.resolve(fail(`Not loaded: ${Math.round(file.size / 1024)} KiB is over the ${Math.round(maxBytes / 1024)} KiB limit.`));

    return new Promise(resolve => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/articles');
      for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
      xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = (e.loaded / e.total) * 90; status.textContent = 'Uploading…'; };
      xhr.upload.onload = () => { status.textContent = 'Extracting and loading…'; };
      xhr.onerror = () => resolve(fail('The server could not be reached.'));
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
        if (xhr.status !== 200) return resolve(fail(body?.detail ?? body?.title ?? `HTTP ${xhr.status}`));
        const [result] = body;
        if (result.status === 'Failed' || result.status === 'Refused') return resolve(fail(result.error ?? result.status));
        bar.value = 100;
        status.className = 'ok';
        status.textContent = result.status === 'Unchanged'
          ? 'Already loaded: nothing changed.'
          : `Loaded: ${result.entities} entities, ${result.relationships} relationships (${result.nodesCreated} new nodes).`;
        resolve(true);
      };
      const form = new FormData();
      form.append('files', file, file.name);
      xhr.send(form);
    });
  }
}
