import type { Notice } from '@/lib/ui/actions';

/** Where a page says how the user's last action went: a success, or what failed and what to do. */
export function NoticeArea({ notice, onDismiss }: { notice?: Notice; onDismiss(): void }) {
  return (
    <div class="notice-area">
      {notice && (
        <div class={`notice ${notice.ok ? 'ok' : 'err'} row top`}>
          <p class="grow" role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </p>
          <button type="button" class="btn small link" onClick={onDismiss} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
