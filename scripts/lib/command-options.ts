/**
 * A command's options: node:util's parseArgs, with `--help` (prints the usage, ends with 0) and with a clear end for
 * anything the command was not made for (what is wrong and the usage, exit 2), so that no option ever starts a
 * command's work unasked or ends it with a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { errorMessage } from '../../src/core/errors.ts';

/** Prints `problem` and `usage` and ends the command with 2 (the exit code of a misused command). */
export function misused(problem: string, usage: string): never {
  console.error(`${problem}\n${usage}`);
  process.exit(2);
}

/** Parses `args` for `options` and `--help` (which prints `usage` and ends the command); other words if `words`. */
function parse<T extends ParseArgsOptionsConfig, W extends boolean>(
  options: T,
  usage: string,
  args: string[],
  words: W,
) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean' } } as T, allowPositionals: words });
  } catch (error) {
    return misused(errorMessage(error), usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** The values of `options` given to a command that takes no other words. */
export function commandOptions<T extends ParseArgsOptionsConfig>(
  options: T,
  usage: string,
  args: string[] = process.argv.slice(2),
) {
  return parse(options, usage, args, false).values;
}

/** The values of `options` and the other words (`positionals`) given to a command. */
export function commandLine<T extends ParseArgsOptionsConfig>(
  options: T,
  usage: string,
  args: string[] = process.argv.slice(2),
) {
  return parse(options, usage, args, true);
}

/** A whole number of at least 1 given as option `name`, or the command ends with its usage. */
export function countOption(value: string | undefined, name: string, usage: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) return misused(`--${name} must be a whole number of 1 or more`, usage);
  return count;
}
