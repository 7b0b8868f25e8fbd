/**
 * A command line that asks for something that cannot be done (an unknown
 * command, flag, topic or language, a folder that is not there): the CLI
 * prints its message on one line and exits 2, before any work starts.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
