/** Services spread over Europe for the map's tests and bench: only what the map reads of a `Service`. */
import type { Service } from '@victim-referral/schemas';

export function servicesAcrossEurope(count: number, confidentialEvery = 0): Service[] {
  return Array.from({ length: count }, (_, i) => {
    // A deterministic scatter between Lisbon and Helsinki.
    const latitude = 38 + ((i * 7919) % 2300) / 100;
    const longitude = -9 + ((i * 104_729) % 3400) / 100;
    const confidential = confidentialEvery > 0 && i % confidentialEvery === 0;
    return {
      id: `svc_${i}`,
      name: `Service ${i}`,
      ...(confidential && { confidentialLocation: true }),
      locations: [
        {
          id: `loc_${i}`,
          address: { city: `Town ${i % 400}`, country: 'DE' },
          coordinates: { latitude, longitude },
        },
      ],
    } as unknown as Service;
  });
}
