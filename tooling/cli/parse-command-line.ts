import { parseArgs } from 'node:util';
import { likelyMeant, orList } from '../closest-names.js';
import { COMMANDS, COMMON_OPTIONS, type CommandSpec } from './commands.js';
import { UsageError } from './usage-error.js';

/** What the command line asks for. */
export type CommandLine =
  | { kind: 'version' }
  | { kind: 'help'; command?: CommandSpec }
  | { kind: 'usage' }
  | {
      kind: 'run';
      command: CommandSpec;
      positionals: string[];
      values: Record<string, string | boolean | undefined>;
    };

const suggestion = (wanted: string, names: string[], all: string) => {
  const close = likelyMeant(wanted, names);
  return close.length ? `did you mean ${orList(close)}?` : all;
};

function findCommand(name: string): CommandSpec {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const names = COMMANDS.map((c) => c.name);
  throw new UsageError(`unknown command "${name}"; ${suggestion(name, names, `the commands are ${names.join(', ')}`)}`);
}

/**
 * Reads `painkit <command> [arguments] [options]` with each command's own
 * options: an unknown command or flag, a flag without its value or a value
 * given to a switch is a {@link UsageError} naming it (and the closest
 * names), never a raw parser error.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'usage' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === '--help' || first === '-h') return { kind: 'help' };
  if (first === 'help') return { kind: 'help', command: rest[0] === undefined ? undefined : findCommand(rest[0]) };
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}; name a command first (painkit --help)`);
  const command = findCommand(first);
  const specs = { ...command.options, ...COMMON_OPTIONS };
  const { tokens, positionals } = parseArgs({
    args: [...rest],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
      ]),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: Record<string, string | boolean | undefined> = {};
  const where = `painkit ${command.name}`;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) {
      const names = Object.keys(specs).map((n) => `--${n}`);
      const others = Object.keys(command.options).length
        ? `${where} --help lists its options`
        : `${where} takes no options but --help`;
      throw new UsageError(`unknown option ${token.rawName}; ${suggestion(token.rawName, names, others)}`);
    }
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      throw new UsageError(`${token.rawName} needs a value: ${token.rawName} <${spec.value ?? 'value'}>`);
    if (spec.type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${token.rawName} takes no value (got "${token.value}")`);
    if (spec.type === 'string' && values[token.name] !== undefined)
      throw new UsageError(`--${token.name} is given twice; give it once`);
    values[token.name] = token.value ?? true;
  }
  if (values.help) return { kind: 'help', command };
  const { min, max } = command.positionals;
  if (positionals.length > max)
    throw new UsageError(`unexpected argument "${positionals[max]}"; usage: ${where} ${command.synopsis}`);
  if (positionals.length < min) throw new UsageError(`missing argument; usage: ${where} ${command.synopsis}`);
  return { kind: 'run', command, positionals, values };
}
