// `npm run bench`: every benchmark, printed as Markdown tables with ratios against a
// baseline measured in the same run (absolute times vary by machine; ratios travel).
import os from 'node:os';
import { benchIpcRouter } from './ipcRouter.bench.js';
import { printTable } from './measure.js';

console.log(
  `Ask Anyway benchmarks — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
);
printTable('IPC router overhead', await benchIpcRouter());
