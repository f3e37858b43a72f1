// First module of the CDN file: zod must not probe for `eval` on strict-CSP pages.
import * as z from 'zod/mini';

z.config({ jitless: true });
