import { createInterface } from 'node:readline';

/**
 * Secrets for the command-line tool come from the environment or standard input, never
 * from arguments (which other users can read in the process list and shells keep in
 * their history).
 */
export interface SecretSource {
  /** The named environment variable, else the next line of standard input. */
  read(envName: string, prompt: string): Promise<string>;
  close(): void;
}

export function secretSource(
  env: NodeJS.ProcessEnv,
  input: NodeJS.ReadStream,
  errorOutput: NodeJS.WriteStream,
): SecretSource {
  const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
  return {
    async read(envName, prompt) {
      const fromEnv = env[envName];
      if (fromEnv !== undefined) return fromEnv;
      // On a terminal, ask, and keep the typing from being echoed.
      if (input.isTTY) {
        errorOutput.write(`${prompt}: `);
        input.setRawMode(true);
      }
      try {
        const next = await lines.next();
        if (next.done === true)
          throw new CliUsageError(
            `${prompt} is needed: set ${envName} or pass it on standard input.`,
          );
        return next.value;
      } finally {
        if (input.isTTY) {
          input.setRawMode(false);
          errorOutput.write('\n');
        }
      }
    },
    close: () => void lines.return?.(),
  };
}

/** A mistake in how the tool was called: reported with the usage, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
