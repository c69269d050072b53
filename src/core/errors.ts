/** Turning anything thrown into words for a message. */

/** The message of anything thrown: an Error's own message, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What a command prints of an error it stops on: its message, or, when that is empty (an AggregateError, or an Error
 * made without one), its stack and each error it gathers, so the failure still says what failed and where.
 */
export function errorReport(error: unknown): string {
  const message = errorMessage(error);
  if (message.trim() || !(error instanceof Error)) return message;
  const gathered = error instanceof AggregateError ? error.errors.map((each) => `  ${errorReport(each)}`) : [];
  const cause = error.cause === undefined ? [] : [`caused by: ${errorReport(error.cause)}`];
  return [error.stack ?? error.name, ...gathered, ...cause].join('\n');
}
