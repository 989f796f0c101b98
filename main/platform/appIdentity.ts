/**
 * The app's identity as the installers know it (`appId` in electron-builder.yml; a test
 * keeps the two equal). Windows shows a notification only from an app whose
 * AppUserModelId is the installer's, so main sets it to this at start.
 */
export const appId = 'app.askanyway.desktop';
