/** The search filters of protocol 1.1: accessibility, the victim's age, the pause switch, interpretation. */
import type { Service } from '@victim-referral/schemas';
import type { ServiceQuery } from './service-index.js';

/** Neither paused by its organisation nor full. */
function acceptsReferrals(service: Service): boolean {
  return service.acceptingReferrals !== false && service.capacity.status !== 'full';
}

function eligibleAt(service: Service, age: number): boolean {
  const { minimumAge, maximumAge } = service.eligibility ?? {};
  return (minimumAge === undefined || age >= minimumAge) && (maximumAge === undefined || age <= maximumAge);
}

export function matchesDirectoryFilters(service: Service, query: ServiceQuery): boolean {
  if (query.accessibility !== undefined && !service.accessibility.includes(query.accessibility)) return false;
  if (query.age !== undefined && !eligibleAt(service, query.age)) return false;
  if (query.acceptingReferrals !== undefined && acceptsReferrals(service) !== query.acceptingReferrals) return false;
  if (query.interpretation !== undefined && service.assistance.includes('interpretation') !== query.interpretation) {
    return false;
  }
  return true;
}
