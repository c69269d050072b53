/** decap-cms-locales ships no types: each export is one language's interface strings. */
declare module 'decap-cms-locales' {
  export const uk: Record<string, unknown>;
}
