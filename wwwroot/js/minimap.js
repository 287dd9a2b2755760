// The overview navigator (minimap). cytoscape-navigator redraws its thumbnail, a full cy.png() of
// every element, after each frame the main canvas draws: on a view of thousands of elements that
// is most of the page's work after a pan, a zoom or a caption change, and the page stops answering.
// The thumbnail only shows where things are, so here it is redrawn when the drawing itself changes
// (elements added or removed, a layout, a drag, a filter), once things are quiet (the pattern:
// invalidate on model change, not on view change, and repaint when idle).

const QUIET_MS = 400;

export function attachMinimap(cy, container) {
  const navigator = cy.navigator({ container: `#${container.id}`, removeCustomContainer: false, viewLiveFramerate: 0, rerenderDelay: 0 });
  const repaint = navigator._onRenderHandler;
  // The extension's own trigger (every frame) is replaced by the one below.
  if (repaint) cy.offRender(repaint);
  else return navigator;

  let timer = 0;
  let visible = -1;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const idle = window.requestIdleCallback ?? (f => setTimeout(f, 0));
      idle(() => { visible = cy.elements(':visible').length; repaint(); }, { timeout: 1000 });
    }, QUIET_MS);
  };
  cy.on('add remove layoutstop dragfree', schedule);
  // Class changes are mostly captions shown or hidden; only those that change what is drawn
  // (Hide, filters) reach the thumbnail.
  let classCheck = 0;
  cy.on('class', () => {
    clearTimeout(classCheck);
    classCheck = setTimeout(() => { if (cy.elements(':visible').length !== visible) schedule(); }, QUIET_MS);
  });
  schedule();
  return navigator;
}
