/** The address Astro is given when content/site.yaml has no `url` and the build no `--site`: pages never print it. */
export const FALLBACK_SITE = 'http://localhost:4321';
