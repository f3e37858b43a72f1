/** Where the widgets find the network's API and which member they speak for: public values only. */
export interface MemberConfig {
  apiBase: string;
  publishableKey: string;
}

/**
 * Read at start-up from `/config.json`, which the member's server writes, so one build runs
 * against any API. The publishable key is public by design (it may only read the directory and
 * create self-referrals); contact tokens never reach this page.
 */
export async function loadConfig(): Promise<MemberConfig> {
  const response = await fetch('/config.json');
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const { apiBase, publishableKey } = (await response.json()) as Partial<MemberConfig>;
  if (typeof apiBase !== 'string' || typeof publishableKey !== 'string') {
    throw new Error('config.json needs apiBase and publishableKey');
  }
  return { apiBase, publishableKey };
}
