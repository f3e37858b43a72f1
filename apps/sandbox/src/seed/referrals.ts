/**
 * Seeded referrals: for every status, one sent by the first organisation, one received by it,
 * and one between two other members, each driven there through the real state machine so its
 * events are the ones a real case would have. Times are relative to the start, so some are overdue.
 * Their personal fields and message bodies are sealed to both points of contact.
 */
import {
  type CrossBorder,
  type FormOfAssistance,
  isClosed,
  type Outcome,
  type Priority,
  type ReferralStatus,
  reasonCodesFor,
  referralStatuses,
  type Service,
  type VictimType,
} from '@victim-referral/schemas';
import { transitionPath } from '../domain/paths.js';
import { createReferral, type Party, postMessage, transitionReferral } from '../domain/referrals.js';
import type { Runtime } from '../runtime.js';
import type { SeededOrganisation } from './directory.js';
import type { Random } from './random.js';
import { sealedForParties } from './sealing.js';

const cases: { summary: string; assistance: FormOfAssistance[]; victimTypes: VictimType[] }[] = [
  {
    summary: 'Robbed at knifepoint while on holiday; passport and phone taken. Now back home and not sleeping.',
    assistance: ['emotional-support', 'compensation-claims'],
    victimTypes: ['robbery-theft', 'violent-crime'],
  },
  {
    summary: 'Left a violent partner and moved back to her home country with two children; needs safety planning.',
    assistance: ['shelter', 'advocacy', 'legal-advice'],
    victimTypes: ['domestic-violence'],
  },
  {
    summary: 'Injured in an attack at a concert abroad; trial expected next year in the country of the attack.',
    assistance: ['psychological-counselling', 'court-accompaniment', 'information'],
    victimTypes: ['terrorism', 'mass-victimisation'],
  },
  {
    summary: 'Lost savings to an online investment scam run from abroad; feels ashamed and has told no one.',
    assistance: ['emotional-support', 'practical-support'],
    victimTypes: ['fraud-cybercrime'],
  },
  {
    summary: 'Sexually assaulted while studying abroad; reported to the police there, now wants support at home.',
    assistance: ['emotional-support', 'trauma-therapy', 'information'],
    victimTypes: ['sexual-violence'],
  },
];

const pseudonyms = ['M.', 'Ana R.', 'K.', 'Tomasz', 'Leila', 'J. D.', 'Sofia', 'Chris'];
const outcomesFor: Partial<Record<ReferralStatus, Outcome>> = {
  completed: 'support-provided',
  failed: 'could-not-contact',
};
const messagesPool = [
  'Thank you, we have received the case and will call the victim tomorrow morning.',
  'The victim prefers to be contacted after 6 pm, by text message first.',
  'Could you confirm whether the police report has been translated?',
  'First appointment held; a follow-up is planned in two weeks.',
];

/** The case file of a victim of a crime in the referrer's country who lives, and is now, in the receiver's. */
function caseFileBetween(referrer: SeededOrganisation, receiver: SeededOrganisation): CrossBorder {
  return {
    crimeCountry: referrer.country.code,
    residenceCountry: receiver.country.code,
    currentCountry: receiver.country.code,
    police: { reported: true, country: referrer.country.code },
    proceedings: { country: referrer.country.code, stage: 'investigation' },
    interpreterNeeded: !referrer.country.languages.some((language) => receiver.country.languages.includes(language)),
    contactLanguage: receiver.country.languages[0] ?? 'en',
  };
}

type CreateRequest = Parameters<typeof createReferral>[2];

export async function seedReferrals(
  rt: Runtime,
  random: Random,
  organisations: SeededOrganisation[],
  services: Service[],
  start: Date,
): Promise<void> {
  const first = organisations[0];
  if (!first || organisations.length < 4) throw new Error('Seeding referrals needs at least four organisations');
  let clock = start.getTime();
  const seededRuntime: Runtime = { ...rt, now: () => new Date(clock) };
  const advance = (hours: number) => {
    clock += hours * 3_600_000;
  };

  for (const [s, { code: target }] of referralStatuses.entries()) {
    const other = (offset: number) => organisations[1 + ((s * 3 + offset) % (organisations.length - 1))] ?? first;
    const pairs: [SeededOrganisation, SeededOrganisation, number][] = [
      [first, other(0), 14 * 24],
      [other(1), first, 20],
      [other(2), other(3), 6 * 24],
    ];
    for (const [referrer, receiver, ageHours] of pairs) {
      clock = start.getTime() - ageHours * 3_600_000 + s * 60_000;
      const parties: Record<'referrer' | 'receiver', Party> = {
        referrer: { organisationId: referrer.id, credential: 'contact-token' },
        receiver: { organisationId: receiver.id, credential: 'contact-token' },
      };
      const story = random.pick(cases);
      const priority: Priority = random.pick(['routine', 'routine', 'urgent', 'immediate']);
      const assessedAt = new Date(clock - 86_400_000).toISOString();
      const sealFor = [referrer.id, receiver.id];
      const request = await sealedForParties(
        rt,
        'referral',
        {
          status: target === 'draft' ? 'draft' : 'sent',
          receivingOrganisationId: receiver.id,
          priority,
          needs: { assistance: story.assistance, victimTypes: story.victimTypes },
          caseSummary: story.summary,
          assessment: {
            riskLevel: random.pick(['low', 'medium', 'high']),
            protectionNeeds: ['interpreter'],
            assessedAt,
          },
          crossBorder: caseFileBetween(referrer, receiver),
          victim: {
            name: random.pick(pseudonyms),
            languages: receiver.country.languages.slice(0, 1),
            ageGroup: 'adult',
            contact: random.chance(0.3)
              ? { kind: 'do-not-contact', notes: 'Contact only through the referring organisation' }
              : {
                  kind: 'safe-contact',
                  channels: [
                    { method: 'sms', phone: `+${receiver.country.callingCode}6${random.int(10_000_000, 99_999_999)}` },
                  ],
                  safeTimes: 'Weekdays after 6 pm',
                  mayLeaveMessage: false,
                },
          },
          consent: {
            explicit: true,
            recordedAt: assessedAt,
            method: 'written',
            dataShared: ['identity', 'contact-details', 'needs', 'case-summary'],
            purposes: ['provide-support', 'contact-victim'],
            sharedWith: 'receiving-organisation',
            withdrawalExplained: true,
          },
        } satisfies CreateRequest,
        sealFor,
      );
      const referral = createReferral(seededRuntime, parties.referrer, request);
      if (target === 'draft') continue;
      for (const [step, rule] of transitionPath('sent', target).entries()) {
        advance(random.int(1, 6));
        const role = rule.by[0] ?? 'receiver';
        transitionReferral(seededRuntime, parties[role], referral.id, {
          to: rule.to,
          ...(rule.reasonCodeRequired && { reasonCode: reasonCodesFor(rule.to)[0], reason: 'Agreed with the victim' }),
          ...(rule.outcomeRequired && { outcome: outcomesFor[rule.to] ?? 'other' }),
        });
        if (step === 0 && !isClosed(rule.to)) {
          advance(1);
          const message = await sealedForParties(rt, 'message', { body: random.pick(messagesPool) }, sealFor);
          postMessage(seededRuntime, parties.receiver, referral.id, message);
        }
      }
    }
  }

  // Victims who asked for help on a member's site for a service abroad: self-referrals. The second
  // host accepts its case and refers it onward to the member abroad.
  for (const [host, abroad, refersOnward] of [
    [first, organisations[organisations.length - 1], false],
    [organisations[2], first, true],
  ] as const) {
    if (!host || !abroad) continue;
    clock = start.getTime() - 3 * 3_600_000;
    const chosen = services.find((service) => service.organisationId === abroad.id);
    const request: CreateRequest = {
      ...(chosen && { serviceId: chosen.id }),
      crossBorder: { crimeCountry: abroad.country.code, interpreterNeeded: false },
      needs: { assistance: ['emotional-support', 'information'], victimTypes: ['violent-crime'] },
      caseSummary: 'Asked for help through the website after an assault while travelling.',
      victim: {
        name: random.pick(pseudonyms),
        languages: host.country.languages.slice(0, 1),
        contact: {
          kind: 'safe-contact',
          channels: [{ method: 'email', email: 'help-request@example.org' }],
          mayLeaveMessage: true,
        },
      },
      consent: {
        explicit: true,
        recordedAt: new Date(clock).toISOString(),
        method: 'electronic',
        dataShared: ['identity', 'contact-details', 'needs', 'case-summary'],
        purposes: ['provide-support', 'contact-victim', 'refer-onward'],
        sharedWith: 'receiving-organisation',
        withdrawalExplained: true,
      },
    };
    const selfReferral = createReferral(
      seededRuntime,
      { organisationId: host.id, credential: 'publishable-key' },
      await sealedForParties(rt, 'referral', request, [host.id]),
    );
    if (!refersOnward) continue;
    const pointOfContact: Party = { organisationId: host.id, credential: 'contact-token' };
    advance(2);
    transitionReferral(seededRuntime, pointOfContact, selfReferral.id, { to: 'accepted' });
    advance(1);
    // The host opened the victim's request and seals it again for the member abroad.
    const onward = { ...request, basedOn: selfReferral.id, receivingOrganisationId: abroad.id };
    createReferral(seededRuntime, pointOfContact, await sealedForParties(rt, 'referral', onward, [host.id, abroad.id]));
  }
}
