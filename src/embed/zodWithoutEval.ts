import { config } from 'zod';

// zod compiles fast parsers with `new Function`, and even its probe for whether it may do so is reported as a
// violation under a strict Content-Security-Policy (`script-src 'self'`). The embed turns that off before any schema
// is built, so this module is imported first (tsup.config.ts keeps it although it exports nothing).
config({ jitless: true });
