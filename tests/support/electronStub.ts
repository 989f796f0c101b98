// Stands in for the `electron` module in tests. electron-store reads `app` and `ipcMain`
// from it and, finding neither, uses the directory it is given: exactly what the tests
// want. Nothing else under test imports electron.
export default {};
