import type { Service } from '@victim-referral/schemas';
import { taxonomyEn } from '@victim-referral/schemas/labels';
import { nothing, render } from 'lit';
import { describe, expect, it } from 'vitest';
import service from '../../schemas/fixtures/valid/service.lisbon-office.json' with { type: 'json' };
import { serviceCard } from '../src/finder/service-view.js';
import { en } from '../src/i18n/locales/en.js';
import { pageOf, renderSafely } from '../src/shared/defensive.js';

const context = { strings: en, taxonomy: taxonomyEn, locale: 'en', now: new Date(), organisation: undefined };
const actions = { onDetails: () => {}, onSelect: () => {} };

describe('rendering answers that were not checked against the contract', () => {
  it('reads anything but a page as an empty page', () => {
    for (const answer of [undefined, null, 'oops', { items: 'x' }, []]) {
      expect(pageOf(answer)).toEqual({ items: [], nextCursor: null });
    }
    expect(pageOf({ items: [{ id: 'a' }], nextCursor: 7 })).toEqual({ items: [{ id: 'a' }], nextCursor: null });
  });

  it('leaves out a record its view cannot render, and renders a whole one', () => {
    for (const broken of [{ id: 'x', name: 'Broken' }, null, 3] as unknown as Service[]) {
      expect(renderSafely(() => serviceCard(broken, context, actions))).toBe(nothing);
    }
    const host = document.createElement('div');
    render(
      renderSafely(() => serviceCard(service as Service, context, actions)),
      host,
    );
    expect(host.textContent).toContain((service as Service).name);
  });

  it('renders markup in a record’s text as text', () => {
    const host = document.createElement('div');
    render(
      renderSafely(() =>
        serviceCard({ ...(service as Service), name: '<img src=x onerror=alert(1)>' }, context, actions),
      ),
      host,
    );
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
