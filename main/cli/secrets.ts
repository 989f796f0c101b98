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
      if (input.isTTY) return readHidden(input, errorOutput, prompt);
      const next = await lines.next();
      if (next.done === true)
        throw new CliUsageError(
          `${prompt} is needed: set ${envName} or pass it on standard input.`,
        );
      return next.value;
    },
    close: () => void lines.return?.(),
  };
}

/** Reads one line from a terminal without echoing it; Backspace edits, Ctrl-C aborts. */
function readHidden(
  input: NodeJS.ReadStream,
  errorOutput: NodeJS.WriteStream,
  prompt: string,
): Promise<string> {
  errorOutput.write(`${prompt}: `);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      errorOutput.write('\n');
    };
    const onData = (chunk: Buffer): void => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new CliUsageError('Cancelled.'));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

/** A mistake in how the tool was called: reported with the usage, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
