import type { StandInContext } from './core.js';

/** A PNG's first eight bytes: a data URL that is not a PNG gives an empty image. */
const pngSignature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const imageFromDataUrl = (url: string): Buffer | undefined => {
  const match = /^data:image\/png;base64,(.+)$/.exec(url);
  const bytes = match?.[1] === undefined ? undefined : Buffer.from(match[1], 'base64');
  return bytes?.subarray(0, 8).equals(pngSignature) ? bytes : undefined;
};

/** Electron's `nativeImage` and `Tray`: every tray icon the app made; a destroyed one says so. */
export function createTray(context: StandInContext) {
  const { recorded, requireReady, checkKeys } = context;

  class StandInNativeImage {
    readonly representations: Record<string, unknown>[] = [];
    template = false;
    constructor(private readonly png: Buffer | undefined) {
      return recorded('NativeImage', this);
    }
    isEmpty(): boolean {
      return this.png === undefined;
    }
    addRepresentation(representation: Record<string, unknown>): void {
      checkKeys('AddRepresentationOptions', representation);
      this.representations.push(representation);
    }
    setTemplateImage(template: boolean): void {
      this.template = template;
    }
  }
  const nativeImage = recorded('nativeImage', {
    createFromDataURL: (url: string) => new StandInNativeImage(imageFromDataUrl(url)),
    createEmpty: () => new StandInNativeImage(undefined),
  });

  const trays: StandInTray[] = [];
  class StandInTray extends context.CheckedEmitter {
    toolTip = '';
    contextMenu: { items: readonly object[] } | null = null;
    destroyed = false;
    constructor(readonly image: StandInNativeImage | string) {
      requireReady('Tray');
      super('Tray');
      const tray = recorded('Tray', this);
      trays.push(tray);
      return tray;
    }
    setToolTip(toolTip: string): void {
      this.toolTip = toolTip;
    }
    setContextMenu(menu: { items: readonly object[] } | null): void {
      this.contextMenu = menu;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  return { nativeImage, Tray: StandInTray, trays };
}
