import { nativeImage, type NativeImage } from 'electron';

// A speech bubble, 16 px and 32 px, drawn by a few lines of code into PNGs. The repo has
// no icon files to ship (no build resources yet), and an image inside the bundle needs no
// file copied into out/ or the package, nor a path that differs between dev and asar.
const bubble16 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAbElEQVR42mPQr9/PQAlmoKYBAfr1++/r1+//TwDfh6pFMSCACI3oOADZgPtkGHAf2YD/ZOLhZMB8MjTPRzZAQL9+/3kSNJ+H6sFIiQloCt8DxRvQcAKhpLwfSbMBOXlhP7GacRlQQKxmquRGANkb7mFh8KwyAAAAAElFTkSuQmCC';
const bubble32 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAoElEQVR42u2XOxXAIAxFkYKDWKgUnKQOkICUSEAKEujSLhzKoZ8kDBnumndhyMcBktPEmcCqAh6QIiBlQKofyWctPysQAKn8ENxSztpDgcAQ3BLuBDzTy3s/4XsCUSD8IvYEsqBA7glUYUzABExgvT6g3gnVZ4H6NFxiH1hiI2qhQfEksZQSV/iswM4V/lYgSd8FG1f4U4GkeRkluw25OACXsLlA2mLllAAAAABJRU5ErkJggg==';

/**
 * The tray icon: a mid-blue bubble, seen on light and dark panels alike. On macOS it is
 * a template image, which the menu bar draws in its own colour from the alpha alone.
 */
export function trayIcon(platform: NodeJS.Platform): NativeImage {
  const image = nativeImage.createFromDataURL(bubble16);
  image.addRepresentation({ scaleFactor: 2, dataURL: bubble32 });
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}
