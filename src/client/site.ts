/**
 * The one script on every page, a few hundred bytes: "/" focuses the header search (unless the reader is typing in a
 * field), a citation's access date becomes today's date in the page's language, and the theme switch works
 * (theme.js, from src/pages/theme.js.ts, applies the stored choice before the page paints).
 */
import { THEME_KEY } from './theme-key.ts';

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
  element.textContent = today.toLocaleDateString(document.documentElement.lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

// Built without the site's address (site.yaml has no url), a citation or embed code holds a path on the site: it
// becomes the full address the page is read at.
for (const element of document.querySelectorAll<HTMLElement>('[data-own-address]')) {
  const path = element.dataset['ownAddress'] ?? '';
  const address = new URL(path, location.href).href;
  if (element instanceof HTMLTextAreaElement) element.value = element.value.replace(path, address);
  else element.textContent = address;
}

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () =>
    (document.documentElement.dataset['theme'] ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
  const show = () => toggle.setAttribute('aria-pressed', String(isDark()));
  // Without this script the switch could not work, so it is shown only now.
  toggle.closest<HTMLElement>('[data-theme-item]')?.removeAttribute('hidden');
  show();
  systemDark.addEventListener('change', show);
  toggle.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = theme;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    show();
  });
}
