// The React 19 JSX types of `@victim-referral/widgets/react`: attributes, properties and event
// props are accepted with their types, and a misspelling or a wrong event type is a type error.
// TypeScript lets any JSX name with a dash through unchecked, so misspellings are tested on names
// without one; a declared dashed name is still checked for its type.
import type { ReferralSubmittedEvent, ServiceSelectEvent, VrReferralForm } from '@victim-referral/widgets';
import type {} from '@victim-referral/widgets/react';
import type { JSX, RefObject } from 'react';
import { describe, expectTypeOf, test } from 'vitest';

describe('React 19 JSX types of the elements', () => {
  test('accept attributes, properties and event props with the element’s types', () => {
    const finder = (
      <vr-service-finder
        api-base="https://api.example.org"
        publishable-key="pk_example"
        page-size={5}
        open-now
        onvr-service-select={(event) => expectTypeOf(event).toEqualTypeOf<ServiceSelectEvent>()}
      />
    );
    expectTypeOf(finder).toEqualTypeOf<JSX.Element>();
  });

  test('accept credentials as properties and a ref typed as the element', () => {
    const ref = {} as RefObject<VrReferralForm | null>;
    const form = (
      <vr-referral-form
        ref={ref}
        apiBase="https://api.example.org"
        mode="professional"
        tokenProvider={async () => 'ct_example'}
        onvr-referral-submitted={(event) => expectTypeOf(event).toEqualTypeOf<ReferralSubmittedEvent>()}
      />
    );
    expectTypeOf(form).toEqualTypeOf<JSX.Element>();
  });

  test('reject a misspelled property', () => {
    // @ts-expect-error `pageSise` is not a prop of <vr-service-finder>
    expectTypeOf(<vr-service-finder pageSise={5} />).toEqualTypeOf<JSX.Element>();
  });

  test('reject a value of the wrong type for an attribute or a property', () => {
    // @ts-expect-error `page-size` is a number
    expectTypeOf(<vr-service-finder page-size={{}} />).toEqualTypeOf<JSX.Element>();
    // @ts-expect-error `mode` is `self` or `professional`
    expectTypeOf(<vr-referral-form mode="victim" />).toEqualTypeOf<JSX.Element>();
  });

  test('reject a listener of another event', () => {
    const onSelect = (event: ServiceSelectEvent) => event.service;
    // @ts-expect-error the form fires a ReferralSubmittedEvent, not a ServiceSelectEvent
    expectTypeOf(<vr-referral-form onvr-referral-submitted={onSelect} />).toEqualTypeOf<JSX.Element>();
  });
});
