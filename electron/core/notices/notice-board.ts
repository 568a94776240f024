import { randomUUID } from 'node:crypto';
import type { Notice } from '../../../shared/domain/app-info';
import type { EventBus } from '../events/event-bus';
import type { Clock } from '../ports';

/** Things the operator should read, kept until dismissed (for this run). */
export class NoticeBoard {
  private readonly notices: Notice[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  post(level: Notice['level'], message: string): Notice {
    const notice: Notice = { id: randomUUID(), level, message, createdAt: this.clock.now().toISOString() };
    this.notices.push(notice);
    this.events.emit('app.notice', notice);
    return notice;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  /** Removes a notice; false when there is none with that id (e.g. another window dismissed it first). */
  dismiss(id: string): boolean {
    const index = this.notices.findIndex((n) => n.id === id);
    if (index < 0) return false;
    this.notices.splice(index, 1);
    return true;
  }
}
