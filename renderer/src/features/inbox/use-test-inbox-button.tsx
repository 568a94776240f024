import { useEffect } from 'react';
import { useAppStore } from '../../store/store-context';

interface UseTestInboxButtonProps {
  /** What the URL belongs to, for the accessible name ("… as the URL for Acme"). */
  target: string;
  onUse: (url: string) => void;
}

/**
 * Fills a URL field with the built-in Test Inbox's address, so trying a partner
 * or an order hook is one click, not a copy from another screen.
 */
export function UseTestInboxButton({ target, onUse }: UseTestInboxButtonProps) {
  const url = useAppStore((state) => state.inbox.url);
  const loadInboxUrl = useAppStore((state) => state.loadInboxUrl);
  useEffect(() => {
    if (url === null) void loadInboxUrl();
  }, [url, loadInboxUrl]);
  return (
    <button
      type="button"
      className="button button-quiet button-inline"
      aria-label={`Use the Test Inbox as the URL for ${target}`}
      disabled={url === null}
      onClick={() => url && onUse(url)}
    >
      Use the Test Inbox
    </button>
  );
}
