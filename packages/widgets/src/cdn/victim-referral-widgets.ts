/**
 * The CDN loader, the one file a site puts in a `<script type="module">` tag. It defines
 * `<vr-quick-exit>` in full, at once — the safety feature waits for nothing — and loads every
 * other element's chunk when its tag appears in the document. Loading it twice is harmless.
 */
import '../quick-exit/quick-exit.js';
import { startAutoloader } from './autoloader.js';

/** The languages the widgets ship, for a site's language picker (the demo's, for one). */
export { labelLanguages as supportedLocales } from '@victim-referral/schemas/labels';

startAutoloader(document);
