/**
 * @victim-referral/schemas/hsds — map Open Referral HSDS 3.1 organizations, services and
 * service_at_locations to and from the protocol's Organisation and Service records.
 */
export { type HsdsExportInput, toHsds } from './export.js';
export { fromHsds, type HsdsImport, type HsdsImportOptions } from './import.js';
export type { HsdsWarning } from './read.js';
export type * from './types.js';
