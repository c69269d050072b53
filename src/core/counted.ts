/** Counts in the project's English messages (the diagnostics, the commands' summaries, the build's log). */

/** A number with its noun, singular or plural: "1 entry", "16 entries", "0 drafts". */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
