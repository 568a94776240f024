import type { ComponentType } from 'react';
import { ResetSampleDataButton } from './reset-sample-data-button';

/** One card of the Settings page: what it is about and the controls that change it. */
export interface SettingsSection {
  id: string;
  title: string;
  description: string;
  Body: ComponentType;
}

/**
 * The Settings page, section by section, in the order shown. A new setting of
 * the app (start at login, say) is a section added here, with its own component.
 */
export const settingsSections: readonly SettingsSection[] = [
  {
    id: 'sample-data',
    title: 'Sample restaurant',
    description:
      'Puts back the sample restaurant — Trattoria Aurora’s store, menus and no checks — in place of what is there now. ' +
      'Useful to try things out; your own store, menu and check edits are lost. Partners and Order Webhooks settings are kept.',
    Body: ResetSampleDataButton,
  },
];
