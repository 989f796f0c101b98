import { z } from 'zod';

// Imported first by main.tsx, before any schema is built. Zod compiles object schemas
// with `new Function` where it can, and probes for that once; the page's CSP forbids
// evaluating strings, so the probe is reported as a CSP violation on every load even
// though zod catches the refusal. Jitless, zod neither probes nor compiles.
z.config({ jitless: true });
