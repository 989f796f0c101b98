import type { Handler, StandInContext } from './core.js';

/** A page a window loaded, as its session's handler answered it. */
export interface ServedPage {
  readonly url: string;
  /** The session that served it: `defaultSession`, or one from `session.fromPartition`. */
  readonly session: object;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Electron's `session` and `protocol`: each session's permission handlers as the app set
 * them, and the schemes it serves. `protocol.handle` serves the default session's.
 */
export function createSessions(context: StandInContext) {
  const { recorded, requireReady, checkKeys } = context;
  const schemeHandlers = new Map<string, Handler>();

  /** A session's permission handlers, as the app set them, and the schemes it serves. */
  const sessionWithHandlers = (api = 'defaultSession', schemes = schemeHandlers) => {
    const handlers = {
      request: undefined as Handler | undefined,
      check: undefined as Handler | undefined,
      device: undefined as Handler | undefined,
    };
    return recorded(api, {
      handlers,
      /** The session's pages come from these handlers (`protocol.handle`), by scheme. */
      schemes,
      setPermissionRequestHandler(handler: Handler): void {
        handlers.request = handler;
      },
      setPermissionCheckHandler(handler: Handler): void {
        handlers.check = handler;
      },
      setDevicePermissionHandler(handler: Handler): void {
        handlers.device = handler;
      },
    });
  };
  type StandInSession = ReturnType<typeof sessionWithHandlers> & {
    protocol?: { handle(scheme: string, handler: Handler): void };
  };
  const defaultSession: StandInSession = sessionWithHandlers();
  const session = {
    get defaultSession() {
      requireReady('session');
      return defaultSession;
    },
    fromPartition: (partition: string, partitionOptions?: object) => {
      requireReady('session');
      if (partitionOptions !== undefined) checkKeys('FromPartitionOptions', partitionOptions);
      return partitionSession(partition);
    },
  };

  /** `session.fromPartition`'s sessions: each with its own handlers and its own protocol. */
  const partitionSessions = new Map<string, StandInSession>();
  const partitionSession = (partition: string): StandInSession => {
    const existing = partitionSessions.get(partition);
    if (existing) return existing;
    const api = `session(${partition})`;
    const schemes = new Map<string, Handler>();
    const made: StandInSession = sessionWithHandlers(api, schemes);
    made.protocol = recorded(`${api}.protocol`, {
      handle(scheme: string, handler: Handler): void {
        if (schemes.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
        schemes.set(scheme, handler);
      },
    });
    partitionSessions.set(partition, made);
    return made;
  };

  const protocol = recorded('protocol', {
    registerSchemesAsPrivileged(schemes: readonly Record<string, unknown>[]): void {
      if (context.isReady()) {
        throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
      }
      for (const { privileges, ...scheme } of schemes) {
        checkKeys('CustomScheme', scheme);
        if (privileges !== undefined) checkKeys('Privileges', privileges as object);
      }
    },
    handle(scheme: string, handler: Handler): void {
      requireReady('protocol.handle');
      if (schemeHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
      schemeHandlers.set(scheme, handler);
    },
  });

  return {
    session,
    protocol,
    defaultSession,
    partitionSessions,
    schemeHandlers,
    /** Every page a window loaded, in order, with the session that served it. */
    pageLoads: [] as ServedPage[],
    /** The session a window's `webPreferences` name: its own, a partition's, or the default. */
    servingSession(webPreferences: unknown): StandInSession {
      const preferences = webPreferences as
        { session?: StandInSession; partition?: string } | undefined;
      return (
        preferences?.session ??
        (preferences?.partition === undefined
          ? defaultSession
          : partitionSession(preferences.partition))
      );
    },
  };
}

/** The sessions as the windows reach them, to load their pages. */
export type StandInSessions = ReturnType<typeof createSessions>;
