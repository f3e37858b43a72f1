/** The template of each step of the referral form. */
import type { TemplateResult } from 'lit';
import type { StepId } from '../draft.js';
import type { FormView } from '../form-view.js';
import { assessmentStep } from './assessment.js';
import { consentStep } from './consent.js';
import { crossBorderStep } from './cross-border.js';
import { needsStep } from './needs.js';
import { personStep } from './person.js';
import { priorityStep } from './priority.js';
import { reviewStep } from './review.js';

export const stepTemplates: Readonly<Record<StepId, (view: FormView) => TemplateResult>> = {
  needs: needsStep,
  person: personStep,
  crossBorder: crossBorderStep,
  assessment: assessmentStep,
  consent: consentStep,
  priority: priorityStep,
  review: reviewStep,
};
