/**
 * The one script on every page, a few hundred bytes: "/" focuses the header search (unless the reader is typing in a
 * field), and a citation's access date becomes today's date in the page's language.
 */
const field = document.querySelector<HTMLInputElement>('[data-search-field]');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !field) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
  event.preventDefault();
  field.focus();
  field.select();
});

for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-today]')) {
  const today = new Date();
  element.dateTime = today.toISOString().slice(0, 10);
  element.textContent = today.toLocaleDateString(document.documentElement.lang, { day: 'numeric', month: 'long', year: 'numeric' });
}
