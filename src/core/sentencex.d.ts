/** Wikimedia's sentence segmenter ships no types: one function, a language code and a text in, sentences out. */
declare module 'sentencex' {
  export function segment(language: string, text: string): string[];
}
