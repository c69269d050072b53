/** "/" focuses the header search from anywhere, unless the reader is typing in a field already. */
const field = document.querySelector<HTMLInputElement>('[data-search-field]');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !field) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
  event.preventDefault();
  field.focus();
  field.select();
});
