/**
 * Where webhook deliveries may go: public HTTPS addresses only, so a subscription cannot make the
 * server reach into its own network. Checked on subscribing (the URL as written) and again on
 * every delivery (each address the name resolves to then), since a DNS answer can change.
 */
import { BlockList, isIP } from 'node:net';

export const maxWebhookUrlLength = 2_048;

export interface WebhookTargetPolicy {
  /** Local development: loopback and private addresses, and plain http, are allowed too. */
  allowPrivate: boolean;
}

function blockList(subnets: readonly string[]): BlockList {
  const list = new BlockList();
  for (const subnet of subnets) {
    const [address = '', prefix] = subnet.split('/');
    list.addSubnet(address, Number(prefix), isIP(address) === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/** Cloud metadata services: refused even in local development. */
const metadata = blockList(['169.254.169.254/32', 'fd00:ec2::254/128']);

/** Loopback and private networks: what local development may reach. */
const privateNetworks = blockList([
  '127.0.0.0/8',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '::1/128',
  'fc00::/7',
]);

/** Never a webhook target: unspecified, shared, link-local, multicast, reserved and translated ranges. */
const neverPublic = blockList([
  '0.0.0.0/8',
  '100.64.0.0/10',
  '169.254.0.0/16',
  '192.0.0.0/24',
  '198.18.0.0/15',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  '64:ff9b::/96',
  'fe80::/10',
  'ff00::/8',
]);

/** Why `address` (an IP) may not receive deliveries, or undefined when it may. */
export function refusedAddress(address: string, policy: WebhookTargetPolicy): string | undefined {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (metadata.check(address, family)) return 'a cloud metadata address';
  if (neverPublic.check(address, family)) return 'a link-local, multicast or reserved address';
  if (!policy.allowPrivate && privateNetworks.check(address, family)) return 'a loopback or private address';
  return undefined;
}

/** Why `url` may not be subscribed, or undefined when it may (its name is checked again on delivery). */
export function refusedUrl(url: string, policy: WebhookTargetPolicy): string | undefined {
  if (url.length > maxWebhookUrlLength) return `Must be at most ${maxWebhookUrlLength} characters`;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && !policy.allowPrivate) return 'Must be an https URL';
  if (parsed.username || parsed.password) return 'Must not carry credentials';
  // The URL parser has already turned decimal, hex and octal IPv4 forms into dotted ones.
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const name = host.toLowerCase().replace(/\.$/, '');
  if (isIP(host) === 0 && (name === 'localhost' || name.endsWith('.localhost'))) {
    return policy.allowPrivate ? undefined : 'Must not point at a loopback or private address';
  }
  const refused = isIP(host) === 0 ? undefined : refusedAddress(host, policy);
  return refused && `Must not point at ${refused}`;
}
