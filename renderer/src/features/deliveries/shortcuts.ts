/** The log's keyboard shortcuts; the help overlay lists exactly these. */
export const deliveryShortcuts = [
  { keys: 'j', action: 'Select the next delivery' },
  { keys: 'k', action: 'Select the previous delivery' },
  { keys: 'r', action: 'Resend the selected delivery' },
  { keys: '/', action: 'Search the log' },
  { keys: 'Esc', action: 'Close the detail or this help' },
  { keys: '?', action: 'Show these shortcuts' },
] as const;
