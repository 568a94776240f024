import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store-context';
import { StoreTimeText } from '../time/store-time-text';
import './notice-banners.css';

/**
 * Startup notices (e.g. a corrupt settings file set aside) and live ones. They
 * stay until dismissed, because the core keeps them until told they were read.
 */
export function NoticeBanners() {
  const notices = useAppStore(useShallow((state) => state.app.info?.notices ?? []));
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`}>
          <p className="notice-message">
            {notice.message}{' '}
            <span className="notice-time">
              <StoreTimeText at={notice.createdAt} />
            </span>
          </p>
          <button type="button" className="button button-quiet" onClick={() => void dismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
