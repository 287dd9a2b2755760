// Undo for view edits (Hide): a stack of inverse actions, offered by a visible Undo button that says
// what it will undo, and by Ctrl+Z (Cmd+Z) while the network view has the keyboard. The pattern: the
// command stack of editors, kept to the edits that lose the user's work.

export function createUndo({ bar, text, button, isActive }) {
  const stack = [];

  function render() {
    const last = stack.at(-1);
    bar.hidden = !last;
    if (last) text.textContent = last.description;
  }

  function undo() {
    const last = stack.pop();
    if (last) last.revert();
    render();
    return Boolean(last);
  }

  button.addEventListener('click', undo);
  document.addEventListener('keydown', e => {
    if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
    // Text fields keep their own undo.
    const target = e.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (!isActive() || stack.length === 0) return;
    e.preventDefault();
    undo();
  });

  return {
    /** Records an edit: what to tell the user, and how to revert it. */
    push(description, revert) {
      stack.push({ description, revert });
      render();
    },
    clear() {
      stack.length = 0;
      render();
    },
    undo,
    get size() { return stack.length; },
  };
}
