import type { StandInContext } from './core.js';

/**
 * What Electron reads of the system: `screen` (only after `ready`), `nativeTheme`,
 * `powerMonitor` and its idle state, `shell` and the `clipboard`.
 */
export function createSystem(context: StandInContext) {
  const { recorded, requireReady, checkKeys } = context;

  const screen = recorded('screen', {
    getAllDisplays() {
      requireReady('screen');
      const bounds = { x: 0, y: 0, width: 1920, height: 1080 };
      return [{ id: 1, bounds, workArea: { ...bounds, height: 1040 }, scaleFactor: 1 }];
    },
  });

  const nativeThemeState = { themeSource: 'system' };
  const nativeTheme = recorded('nativeTheme', {
    get themeSource() {
      return nativeThemeState.themeSource;
    },
    set themeSource(value: string) {
      checkKeys('NativeTheme', { themeSource: value });
      nativeThemeState.themeSource = value;
    },
  });

  /** What the system answers `getSystemIdleState` (Linux says `locked` while its screen is). */
  const system = { idleState: 'active' as 'active' | 'idle' | 'locked' | 'unknown' };
  class StandInPowerMonitor extends context.CheckedEmitter {
    getSystemIdleState(): typeof system.idleState {
      return system.idleState;
    }
  }
  const rawPowerMonitor = new StandInPowerMonitor('PowerMonitor');
  const powerMonitor = recorded('powerMonitor', rawPowerMonitor);
  const shell = recorded('shell', { openExternal: () => Promise.resolve() });

  /** The system clipboard's text (Electron's `readText`/`writeText` are async). */
  const clipboardState = { text: '' };
  const clipboard = context.partlyStoodIn('clipboard', {
    readText: (): Promise<string> => Promise.resolve(clipboardState.text),
    writeText: (text: string): Promise<void> => {
      clipboardState.text = text;
      return Promise.resolve();
    },
    clear(): void {
      clipboardState.text = '';
    },
  });

  return {
    screen,
    nativeTheme,
    powerMonitor,
    shell,
    clipboard,
    system,
    clipboardText: (): string => clipboardState.text,
    /** The system's power event (`suspend`, `lock-screen`…), as Electron emits it. */
    emitPowerEvent: (event: string): void => {
      context.checkEvent('PowerMonitor', event);
      rawPowerMonitor.emit(event);
    },
  };
}
