/**
 * The cross-border case file as the form holds it while the user types, and the `crossBorder`
 * object of a `ReferralCreate` it becomes. A self-referral asks only for the crime country and
 * whether an interpreter is needed; a professional referral asks for all of it. Every answer is
 * optional: an empty file is left out of the body.
 */
import type { CrossBorder, ProceedingsStage } from '@victim-referral/schemas';
import type { FormMode } from './draft.js';

export type YesNo = 'yes' | 'no' | '';

export interface CrossBorderAnswers {
  crimeCountry: string;
  crimePlace: string;
  residenceCountry: string;
  currentCountry: string;
  /** A `date` input's value (`2026-12-24`), or empty. */
  returnDate: string;
  policeReported: YesNo;
  policeCountry: string;
  policeReference: string;
  proceedingsStage: ProceedingsStage | '';
  proceedingsCountry: string;
  interpreterNeeded: YesNo;
  contactLanguage: string;
}

export const emptyCrossBorder: CrossBorderAnswers = {
  crimeCountry: '',
  crimePlace: '',
  residenceCountry: '',
  currentCountry: '',
  returnDate: '',
  policeReported: '',
  policeCountry: '',
  policeReference: '',
  proceedingsStage: '',
  proceedingsCountry: '',
  interpreterNeeded: '',
  contactLanguage: '',
};

/** Only the answers given: `{ key: value }` for each non-empty value. */
function given<T extends Record<string, unknown>>(entries: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}

function policeOf(answers: CrossBorderAnswers): CrossBorder['police'] {
  if (answers.policeReported === 'no') return { reported: false };
  if (answers.policeReported === 'yes')
    return {
      reported: true,
      ...given({ country: answers.policeCountry, reference: answers.policeReference.trim() }),
    };
  return undefined;
}

/** The proceedings group; a country without a stage stays so the schema asks for the stage. */
function proceedingsOf(answers: CrossBorderAnswers): CrossBorder['proceedings'] {
  const group = given({ stage: answers.proceedingsStage, country: answers.proceedingsCountry });
  return Object.keys(group).length > 0 ? (group as CrossBorder['proceedings']) : undefined;
}

const yesNo = (answer: YesNo) => (answer === '' ? undefined : answer === 'yes');

/** The `crossBorder` object of the answers; undefined when nothing was given. */
export function buildCrossBorder(answers: CrossBorderAnswers, mode: FormMode): CrossBorder | undefined {
  const file =
    mode === 'professional'
      ? given({
          crimeCountry: answers.crimeCountry,
          crimePlace: answers.crimePlace.trim(),
          residenceCountry: answers.residenceCountry,
          currentCountry: answers.currentCountry,
          returnDate: answers.returnDate,
          police: policeOf(answers),
          proceedings: proceedingsOf(answers),
          interpreterNeeded: yesNo(answers.interpreterNeeded),
          contactLanguage: answers.contactLanguage,
        })
      : given({ crimeCountry: answers.crimeCountry, interpreterNeeded: yesNo(answers.interpreterNeeded) });
  return Object.keys(file).length > 0 ? (file as CrossBorder) : undefined;
}
