import { ReferralCreate, type Service } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { buildReferral, type Draft, emptyDraft, normalisePhone, sharedCategories } from '../src/form/draft.js';
import { fieldOfPointer, fieldSpec } from '../src/form/field-table.js';
import { validateDraft } from '../src/form/problems.js';

const now = new Date('2026-03-02T10:00:00Z');
const service = {
  id: '0b7c7e8e-4a43-4a51-9d4a-3c3c7f0d1a11',
  organisationId: '5d0b6b44-8f0e-4f6b-8a44-71b8d0a6c0f2',
} as Service;

function completeDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    ...emptyDraft(['uk']),
    assistance: ['emotional-support'],
    victimTypes: ['hate-crime'],
    caseSummary: 'Attacked in the street',
    name: 'O.',
    contactKind: 'safe-contact',
    channels: ['phone', 'email'],
    phone: '+380 (44) 123-45-67',
    email: 'o@example.org',
    purposes: ['provide-support'],
    withdrawalExplained: true,
    explicit: true,
    riskLevel: 'medium',
    method: 'verbal',
    priority: 'urgent',
    ...overrides,
  };
}

describe('the referral draft', () => {
  it('builds a self-referral the contract accepts', () => {
    const body = buildReferral(completeDraft(), { mode: 'self', service, now });
    expect(ReferralCreate.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      serviceId: service.id,
      victim: {
        contact: {
          channels: [
            { method: 'phone', phone: '+380441234567' },
            { method: 'email', email: 'o@example.org' },
          ],
        },
      },
      consent: {
        method: 'electronic',
        recordedAt: '2026-03-02T10:00:00Z',
        dataShared: ['contact-details', 'identity', 'needs', 'case-summary'],
      },
    });
    expect(body).not.toHaveProperty('receivingOrganisationId');
    expect(body).not.toHaveProperty('assessment');
  });

  it('builds a professional referral to the organisation of the service', () => {
    const body = buildReferral(completeDraft(), { mode: 'professional', service, now });
    expect(ReferralCreate.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      receivingOrganisationId: service.organisationId,
      priority: 'urgent',
      assessment: { riskLevel: 'medium', protectionNeeds: [], assessedAt: '2026-03-02T10:00:00Z' },
      consent: { method: 'verbal' },
    });
  });

  it('reports each invalid answer once, on its field, in the order of the form', () => {
    const problems = validateDraft(
      completeDraft({ assistance: [], name: '  ', phone: '12', explicit: false, riskLevel: '', priority: '' }),
      { mode: 'professional', service, now },
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'assistance',
      'name',
      'phone',
      'riskLevel',
      'explicit',
      'priority',
    ]);
  });

  it('only accepts a response time in the future and no later than the priority allows', () => {
    const context = { mode: 'professional' as const, service, now };
    const fields = (responseDue: string) => validateDraft(completeDraft({ responseDue }), context).map((p) => p.field);
    const local = (date: Date) =>
      new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    expect(fields(local(new Date(now.getTime() + 3_600_000)))).toEqual([]);
    expect(fields(local(new Date(now.getTime() + 48 * 3_600_000)))).toEqual(['responseDue']);
    expect(fields(local(new Date(now.getTime() - 3_600_000)))).toEqual(['responseDue']);
  });

  it('maps the JSON pointers of field errors to the fields of the form', () => {
    expect(fieldOfPointer('/needs/assistance')).toBe('assistance');
    expect(fieldOfPointer('/needs/notes')).toBe('needsNotes');
    expect(fieldOfPointer('/victim/contact/channels/1/email')).toBe('email');
    expect(fieldOfPointer('/victim/contact/channels')).toBe('channels');
    expect(fieldOfPointer('/victim/contact')).toBe('contactKind');
    expect(fieldOfPointer('/consent/withdrawalExplained')).toBe('withdrawalExplained');
    expect(fieldOfPointer('/responseDueAt')).toBe('responseDue');
    expect(fieldOfPointer('/victim/contact/channels/0/app')).toBe('app');
    expect(fieldOfPointer('/victim/contact/notes')).toBe('doNotContactNotes');
    expect(fieldOfPointer('/assessment/notes')).toBe('assessmentNotes');
    expect(fieldOfPointer('/assessment/assessedAt')).toBe('riskLevel');
    expect(fieldOfPointer('/consent/recordedAt')).toBe('explicit');
    expect(fieldOfPointer('/receivingOrganisationId')).toBeUndefined();
  });

  it('takes the longest answer of each free-text field from the schema', () => {
    expect(fieldSpec('caseSummary').maxLength).toBe(4000);
    expect(fieldSpec('name').maxLength).toBe(200);
    expect(fieldSpec('app').maxLength).toBe(100);
    expect(fieldSpec('safeTimes').maxLength).toBe(500);
    expect(fieldSpec('doNotContactNotes').maxLength).toBe(500);
    expect(fieldSpec('assessmentNotes').maxLength).toBe(2000);
  });

  it('shares contact details only when contact is allowed', () => {
    expect(sharedCategories(completeDraft({ contactKind: 'do-not-contact' }), 'self')).toEqual([
      'identity',
      'needs',
      'case-summary',
    ]);
    expect(normalisePhone('+351 (21) 358-7900')).toBe('+351213587900');
  });
});
