import type { Hub, HubOptions } from './ports';

/** Builds the core from its ports. Implemented in the core commit that follows. */
export async function createHub(options: HubOptions): Promise<Hub> {
  void options;
  throw new Error('not yet implemented');
}
