/**
 * Zod, configured once for every schema in the app and the CLI. Import `z` from here, not from
 * 'zod': the setting must be in force before a schema is built, since each object schema decides
 * at construction whether to compile a fast path.
 *
 * jitless: no `new Function()` (Zod's compiled fast path and its probe for it), which a strict
 * Content-Security-Policy without 'unsafe-eval' reports as a violation.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
