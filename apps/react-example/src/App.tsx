// A member's "find help" page in React: the finder, and the referral form for the service the
// visitor chose. Both are plain JSX elements, typed by `@victim-referral/widgets/react`.
import type { ServiceSelectEvent } from '@victim-referral/widgets';
import type {} from '@victim-referral/widgets/react';
import { useState } from 'react';
import type { MemberConfig } from './config.js';

type Service = ServiceSelectEvent['service'];

export function App({ apiBase, publishableKey }: MemberConfig) {
  const [service, setService] = useState<Service>();
  // Only the reference the form reports: the victim's answers never leave the form.
  const [reference, setReference] = useState<string>();

  return (
    <main>
      <vr-quick-exit />
      <h1>Find help</h1>
      <vr-service-finder
        api-base={apiBase}
        publishable-key={publishableKey}
        page-size={5}
        onvr-service-select={(event) => {
          setService(event.service);
          setReference(undefined);
        }}
      />
      {service && (
        <section aria-labelledby="ask-title">
          <h2 id="ask-title">Ask {service.name} for support</h2>
          <vr-referral-form
            key={service.id}
            apiBase={apiBase}
            publishableKey={publishableKey}
            service={service}
            onvr-referral-submitted={(event) => setReference(event.detail.reference)}
          />
        </section>
      )}
      {reference && (
        <p role="status" id="sent">
          Thank you. Keep your reference: <strong>{reference}</strong>
        </p>
      )}
    </main>
  );
}
