import type { SecretProtection } from './secrets';

/** Something the operator should know about since start-up, e.g. a corrupt file set aside. */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
  createdAt: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** `electron` in the desktop app, `browser` when served over local HTTP. */
  mode: 'electron' | 'browser';
  dataDir: string;
  secrets: SecretProtection;
  notices: Notice[];
}

export interface SystemStatus {
  online: boolean;
  /** Webhooks waiting to be delivered. */
  queued: number;
  /** Names of partners whose recent deliveries are failing. */
  failingPartners: string[];
}
