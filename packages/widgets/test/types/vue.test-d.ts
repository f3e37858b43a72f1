// The Vue 3 types of `@victim-referral/widgets/vue`: what Volar checks a template against is the
// `$props` of the element's entry in `GlobalComponents`.
import type { ReferralSubmittedEvent, ServiceSelectEvent } from '@victim-referral/widgets';
import type {} from '@victim-referral/widgets/vue';
import { describe, expectTypeOf, test } from 'vitest';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

describe('Vue 3 GlobalComponents types of the elements', () => {
  test('accept properties, attributes and event handlers with the element’s types', () => {
    const finder: Props<'vr-service-finder'> = {
      apiBase: 'https://api.example.org',
      publishableKey: 'pk_example',
      pageSize: 5,
      openNow: true,
      class: 'finder',
      onVrServiceSelect: (event) => expectTypeOf(event).toEqualTypeOf<ServiceSelectEvent>(),
    };
    const form: Props<'vr-referral-form'> = {
      mode: 'professional',
      tokenProvider: async () => 'ct_example',
      onVrReferralSubmitted: (event) => expectTypeOf(event).toEqualTypeOf<ReferralSubmittedEvent>(),
    };
    expectTypeOf(finder).toExtend<Props<'vr-service-finder'>>();
    expectTypeOf(form).toExtend<Props<'vr-referral-form'>>();
  });

  test('reject a misspelled prop', () => {
    // @ts-expect-error `pageSise` is not a prop of <vr-service-finder>
    const finder: Props<'vr-service-finder'> = { pageSise: 5 };
    expectTypeOf(finder).toExtend<Props<'vr-service-finder'>>();
  });

  test('reject a value of the wrong type', () => {
    // @ts-expect-error `mode` is `self` or `professional`
    const form: Props<'vr-referral-form'> = { mode: 'victim' };
    expectTypeOf(form).toExtend<Props<'vr-referral-form'>>();
  });

  test('reject a handler of another event', () => {
    const onSelect = (event: ServiceSelectEvent) => event.service;
    // @ts-expect-error the form fires a ReferralSubmittedEvent, not a ServiceSelectEvent
    const form: Props<'vr-referral-form'> = { onVrReferralSubmitted: onSelect };
    expectTypeOf(form).toExtend<Props<'vr-referral-form'>>();
  });
});
