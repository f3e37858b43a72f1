/** The rows of the cross-border case file in the referral form's field table (see field-table.ts). */
import type { Draft, FormMode } from './draft.js';
import { countryOrNot, type FieldSpec, one, orNot, professional, text, yesNoAnswer } from './field-spec.js';

type CountryKey = 'residenceCountry' | 'currentCountry' | 'proceedingsCountry';

/** A country chosen from a list, asked of professionals only; labelled by `form.crossBorder[key]`. */
function country(key: CountryKey, at: string): FieldSpec {
  return {
    key,
    step: 'crossBorder',
    at: [at],
    control: 'single',
    shown: professional,
    label: (s) => s.crossBorder[key],
    answer: (d, v) => countryOrNot(d[key], v),
  };
}

const policeReported = (d: Draft, mode: FormMode) => mode === 'professional' && d.policeReported === 'yes';

export const crossBorderFields: readonly FieldSpec[] = [
  {
    key: 'crimeCountry',
    step: { self: 'needs', professional: 'crossBorder' },
    at: ['/crossBorder/crimeCountry'],
    control: 'single',
    label: (s) => s.crossBorder.crimeCountry,
    answer: (d, v) => countryOrNot(d.crimeCountry, v),
  },
  text({
    key: 'crimePlace',
    step: 'crossBorder',
    at: ['/crossBorder/crimePlace'],
    shown: professional,
    label: (s) => s.crossBorder.crimePlace,
    answer: (d, v) => orNot(d.crimePlace, v),
  }),
  country('residenceCountry', '/crossBorder/residenceCountry'),
  country('currentCountry', '/crossBorder/currentCountry'),
  {
    key: 'returnDate',
    step: 'crossBorder',
    at: ['/crossBorder/returnDate'],
    control: 'text',
    error: 'returnDate',
    shown: professional,
    label: (s) => s.crossBorder.returnDate,
    answer: (d, v) => (d.returnDate ? v.date(d.returnDate) : v.strings.review.notProvided),
  },
  {
    key: 'policeReported',
    step: 'crossBorder',
    at: ['/crossBorder/police/reported', '/crossBorder/police'],
    control: 'group',
    error: 'policeReported',
    shown: professional,
    label: (s) => s.crossBorder.policeReported,
    answer: (d, v) => yesNoAnswer(d.policeReported, v),
  },
  {
    key: 'policeCountry',
    step: 'crossBorder',
    at: ['/crossBorder/police/country'],
    control: 'single',
    shown: policeReported,
    label: (s) => s.crossBorder.policeCountry,
    answer: (d, v) => countryOrNot(d.policeCountry, v),
  },
  text({
    key: 'policeReference',
    step: 'crossBorder',
    at: ['/crossBorder/police/reference'],
    shown: policeReported,
    label: (s) => s.crossBorder.policeReference,
    answer: (d, v) => orNot(d.policeReference, v),
  }),
  {
    key: 'proceedingsStage',
    step: 'crossBorder',
    at: ['/crossBorder/proceedings/stage', '/crossBorder/proceedings'],
    control: 'single',
    error: 'proceedingsStage',
    shown: professional,
    label: (s) => s.crossBorder.proceedingsStage,
    answer: (d, v) => v.labelList('proceedingsStages', one(d.proceedingsStage)),
  },
  country('proceedingsCountry', '/crossBorder/proceedings/country'),
  {
    key: 'interpreterNeeded',
    step: { self: 'needs', professional: 'crossBorder' },
    at: ['/crossBorder/interpreterNeeded'],
    control: 'group',
    label: (s) => s.crossBorder.interpreterNeeded,
    answer: (d, v) => yesNoAnswer(d.interpreterNeeded, v),
  },
  {
    key: 'contactLanguage',
    step: 'crossBorder',
    at: ['/crossBorder/contactLanguage', '/crossBorder'],
    control: 'single',
    shown: professional,
    label: (s) => s.crossBorder.contactLanguage,
    answer: (d, v) => (d.contactLanguage ? v.languageList([d.contactLanguage]) : v.strings.review.notProvided),
  },
];
