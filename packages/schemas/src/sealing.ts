/**
 * What of a referral and of a message is sealed to the two points of contact, and what stays in
 * clear for routing, deadlines and statistics: ONE table, from which the split and merge helpers
 * (and, later, the sealed and clear shapes of the records) derive.
 *
 * Paths are dotted keys of the record. A row covers the value at its path whole. A key of a record
 * that no row names and that is not on the way to a row is sealed: a field added without a row
 * never travels in clear by mistake.
 */

/** The records a row applies to: `referral` covers Referral, ReferralCreate and ReferralUpdate. */
export type SealingRecord = 'referral' | 'message';
export type SealingTreatment = 'sealed' | 'clear';

export interface SealingRow {
  record: SealingRecord;
  path: string;
  treatment: SealingTreatment;
  why: string;
}

export const sealingTable = [
  // Referral: what identifies or describes the victim.
  { record: 'referral', path: 'victim', treatment: 'sealed', why: 'name, languages and safe contact of the victim' },
  { record: 'referral', path: 'caseSummary', treatment: 'sealed', why: "the victim's story" },
  { record: 'referral', path: 'needs.notes', treatment: 'sealed', why: 'free text about the victim' },
  { record: 'referral', path: 'assessment.notes', treatment: 'sealed', why: 'free text about the victim' },
  { record: 'referral', path: 'crossBorder.crimePlace', treatment: 'sealed', why: 'where the crime happened' },
  { record: 'referral', path: 'crossBorder.police.reference', treatment: 'sealed', why: 'identifies the case' },
  // Referral: what routing, deadlines and statistics need.
  { record: 'referral', path: 'id', treatment: 'clear', why: 'identifier' },
  { record: 'referral', path: 'reference', treatment: 'clear', why: 'identifier quoted between contacts' },
  { record: 'referral', path: 'kind', treatment: 'clear', why: 'code' },
  { record: 'referral', path: 'status', treatment: 'clear', why: 'the state machine' },
  { record: 'referral', path: 'priority', treatment: 'clear', why: 'deadlines' },
  { record: 'referral', path: 'referringOrganisationId', treatment: 'clear', why: 'routing' },
  { record: 'referral', path: 'receivingOrganisationId', treatment: 'clear', why: 'routing' },
  { record: 'referral', path: 'serviceId', treatment: 'clear', why: 'routing' },
  { record: 'referral', path: 'needs.assistance', treatment: 'clear', why: 'codes, for routing and statistics' },
  { record: 'referral', path: 'needs.victimTypes', treatment: 'clear', why: 'codes, for routing and statistics' },
  { record: 'referral', path: 'assessment.riskLevel', treatment: 'clear', why: 'code, sets the priority' },
  { record: 'referral', path: 'assessment.protectionNeeds', treatment: 'clear', why: 'codes' },
  { record: 'referral', path: 'assessment.assessedAt', treatment: 'clear', why: 'time' },
  { record: 'referral', path: 'consent', treatment: 'clear', why: 'codes and times the server checks' },
  { record: 'referral', path: 'sealed', treatment: 'clear', why: 'already ciphertext' },
  { record: 'referral', path: 'responseDueAt', treatment: 'clear', why: 'deadline' },
  { record: 'referral', path: 'sentAt', treatment: 'clear', why: 'time' },
  { record: 'referral', path: 'statusReason', treatment: 'clear', why: "the organisation's reason for a decision" },
  { record: 'referral', path: 'statusReasonCode', treatment: 'clear', why: 'code, for statistics' },
  { record: 'referral', path: 'basedOn', treatment: 'clear', why: 'links an onward referral to its original' },
  { record: 'referral', path: 'outcome', treatment: 'clear', why: 'code' },
  { record: 'referral', path: 'erasedAt', treatment: 'clear', why: 'time' },
  { record: 'referral', path: 'createdAt', treatment: 'clear', why: 'time' },
  { record: 'referral', path: 'updatedAt', treatment: 'clear', why: 'time' },
  {
    record: 'referral',
    path: 'followUp',
    treatment: 'clear',
    why: "the victim's own follow-up credentials: made by the server, answered once to the victim, stored only as a hash",
  },
  { record: 'referral', path: 'crossBorder.crimeCountry', treatment: 'clear', why: 'country' },
  { record: 'referral', path: 'crossBorder.residenceCountry', treatment: 'clear', why: 'country' },
  { record: 'referral', path: 'crossBorder.currentCountry', treatment: 'clear', why: 'country' },
  { record: 'referral', path: 'crossBorder.returnDate', treatment: 'clear', why: 'time' },
  { record: 'referral', path: 'crossBorder.police.reported', treatment: 'clear', why: 'statistics' },
  { record: 'referral', path: 'crossBorder.police.country', treatment: 'clear', why: 'country' },
  { record: 'referral', path: 'crossBorder.proceedings', treatment: 'clear', why: 'country and stage code' },
  { record: 'referral', path: 'crossBorder.interpreterNeeded', treatment: 'clear', why: 'routing' },
  { record: 'referral', path: 'crossBorder.contactLanguage', treatment: 'clear', why: 'language' },
  // Message: the body is the discussion of the case.
  { record: 'message', path: 'body', treatment: 'sealed', why: 'free text about the case' },
  { record: 'message', path: 'id', treatment: 'clear', why: 'identifier' },
  { record: 'message', path: 'referralId', treatment: 'clear', why: 'routing' },
  { record: 'message', path: 'authorOrganisationId', treatment: 'clear', why: 'routing' },
  { record: 'message', path: 'sealed', treatment: 'clear', why: 'already ciphertext' },
  { record: 'message', path: 'createdAt', treatment: 'clear', why: 'time' },
  { record: 'message', path: 'erasedAt', treatment: 'clear', why: 'time' },
] as const satisfies readonly SealingRow[];

type JsonObject = Record<string, unknown>;

/** A record split in two: `sealed` holds the sealed values at their paths, `clear` all the rest. */
export interface SealingSplit {
  clear: JsonObject;
  sealed: JsonObject;
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How the table treats `path` of `record`: a row's treatment, `walk` when rows lie below it. */
function treatmentOf(record: SealingRecord, path: string): SealingTreatment | 'walk' {
  const rows: readonly SealingRow[] = sealingTable;
  const row = rows.find((candidate) => candidate.record === record && candidate.path === path);
  if (row) return row.treatment;
  const below = rows.some((candidate) => candidate.record === record && candidate.path.startsWith(`${path}.`));
  return below ? 'walk' : 'sealed';
}

/** The paths of `record` the table seals. */
export function sealedPaths(record: SealingRecord): string[] {
  const rows: readonly SealingRow[] = sealingTable;
  return rows.filter((row) => row.record === record && row.treatment === 'sealed').map((row) => row.path);
}

/** The paths the table seals that `value` carries in clear (null carries nothing). */
export function clearSealedPaths(record: SealingRecord, value: object): string[] {
  return sealedPaths(record).filter((path) => {
    let node: unknown = value;
    for (const key of path.split('.')) node = (node as Record<string, unknown> | null | undefined)?.[key];
    return node !== undefined && node !== null;
  });
}

function splitObject(record: SealingRecord, value: JsonObject, prefix: string): SealingSplit {
  const clear: JsonObject = {};
  const sealed: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const treatment = treatmentOf(record, path);
    // null carries nothing to hide (an erased field) and keeps its place in clear.
    if (treatment === 'clear' || child === null) clear[key] = child;
    else if (treatment === 'sealed') sealed[key] = child;
    else if (isPlainObject(child)) {
      const parts = splitObject(record, child, path);
      if (Object.keys(parts.clear).length > 0) clear[key] = parts.clear;
      if (Object.keys(parts.sealed).length > 0) sealed[key] = parts.sealed;
    } else sealed[key] = child;
  }
  return { clear, sealed };
}

/** Splits a clear record into what the table keeps in clear and what it seals. Absent paths are skipped. */
export function splitSealed(record: SealingRecord, value: JsonObject): SealingSplit {
  return splitObject(record, value, '');
}

/** Puts the sealed values back into the clear part: the inverse of `splitSealed`. */
export function mergeSealed(clear: JsonObject, sealed: JsonObject): JsonObject {
  const merged: JsonObject = { ...clear };
  for (const [key, value] of Object.entries(sealed)) {
    const existing = merged[key];
    merged[key] = isPlainObject(existing) && isPlainObject(value) ? mergeSealed(existing, value) : value;
  }
  return merged;
}
