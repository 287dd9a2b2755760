// The timeline of meetings under the graph; moving or zooming its window filters meetings by date.
import { api, records } from './api.js';
import { h } from './dom.js';

const iso = date => date.toISOString().slice(0, 10);

/** A meeting date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD) to a Date at its start. */
function startOf(date) {
  const [y, m = '01', d = '01'] = String(date).split('-');
  const parsed = new Date(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

const DAY = 24 * 60 * 60 * 1000;
const RECENT_SPAN = 3 * 365 * DAY;

/**
 * Opens on the latest three years when the meetings spread wider: one meeting recalled from decades
 * ago would otherwise squeeze every recent one into a sliver. "All dates" still shows the whole range.
 */
function showRecent(timeline, items) {
  if (!items.length) return;
  const times = items.map(i => i.start.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (last - first <= RECENT_SPAN) timeline.fit({ animation: false });
  else timeline.setWindow(new Date(last - RECENT_SPAN), new Date(last + 60 * DAY), { animation: false });
}

export async function createTimeline(container, { onRange, onSelect }) {
  const meetings = records(await api.meetings()).filter(r => r.date && startOf(r.date));
  const items = meetings.map(r => ({
    // Content as a DOM node: vis-timeline would read a string as HTML.
    id: r.meeting.elementId, content: h('span', {}, String(r.meeting.properties?.name ?? r.date)), start: startOf(r.date),
    key: r.meeting.properties?.id,
  }));
  const dataset = new vis.DataSet(items);
  const timeline = new vis.Timeline(container, dataset, {
    // The box keeps its height; a taller stack of meetings scrolls inside it instead of being cut off.
    height: '100%', verticalScroll: true, stack: true, zoomMin: 1000 * 60 * 60 * 24 * 7, margin: { item: 4 }, showCurrentTime: false,
  });
  showRecent(timeline, items);
  // Only a drag or a wheel over the timeline is a brush; its own redraws and fits are not.
  let touched = false;
  for (const type of ['pointerdown', 'wheel', 'touchstart']) container.addEventListener(type, () => { touched = true; }, { passive: true, capture: true });

  timeline.on('rangechanged', ({ start, end, byUser }) => {
    if (!touched || !byUser) return;
    onRange([iso(start), iso(end)]);
  });
  timeline.on('select', ({ items: selected }) => {
    const item = items.find(i => i.id === selected[0]);
    if (item) onSelect(item.key);
  });
  return {
    /** Brings a meeting into the window and selects it, without brushing (the date filter stays as the caller left it). */
    show(key) {
      const item = items.find(i => i.key === key);
      if (!item) return;
      timeline.setSelection([item.id]);
      timeline.focus(item.id, { animation: false });
    },
    reset() {
      touched = false;
      if (items.length) timeline.fit({ animation: false });
      onRange(null);
    },
    count: items.length,
  };
}
