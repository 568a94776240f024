import type { Check, CheckStatus, LineInput, OpenCheckInput } from '../../../../shared/domain/checks';
import { maxLinesPerCheck } from '../../../../shared/domain/checks';
import type { EventType } from '../../../../shared/domain/event-types';
import type { EventData, OrderChange } from '../../../../shared/events/event-data';
import { HubFailure } from '../../api/hub-failure';
import { newId, type DomainDeps, type DomainEvent } from '../domain-deps';
import type { MenuReader } from '../menu/menu-reader';
import { checkPayloadOf, linePayloadOf } from '../payloads/check-payload';
import type { StoreView } from '../../../../shared/domain/store';
import { CheckRepository } from './check-repository';
import { buildLine } from './line-builder';

/**
 * Checks (orders). Each change publishes its `order.*` event in the same
 * transaction, routed by the check's source (the Open hook takes POS and
 * third-party orders only while "3rd Order Web Hooks is Active"). Only open
 * checks change; a change that changes nothing publishes nothing.
 */
export class CheckService {
  readonly repository: CheckRepository;

  constructor(
    private readonly deps: DomainDeps,
    private readonly menu: MenuReader,
    private readonly store: () => StoreView,
  ) {
    this.repository = new CheckRepository(deps.db);
  }

  list(status: CheckStatus, limit: number): Check[] {
    return this.repository.list(status, limit);
  }

  get(id: string): Check {
    const check = this.repository.find(id);
    if (!check) throw HubFailure.notFound('This check');
    return check;
  }

  open(input: OpenCheckInput): Check {
    return this.deps.transaction(() => {
      // Lines are built (and refused) before anything is written.
      const lines = input.lines.map((line, i) => buildLine(this.menu, line, `lines.${i}.`));
      const store = this.store();
      const id = newId('chk');
      const now = this.now();
      this.repository.insert(
        { ...input, id, currency: store.currency, taxRateBps: store.taxRateBps, taxIncluded: store.taxIncluded },
        now,
      );
      for (const line of lines) this.repository.insertLine(id, line, now);
      const check = this.get(id);
      this.deps.publish(this.event('order.created', check, { check: checkPayloadOf(check) }));
      return check;
    });
  }

  addLine(checkId: string, input: LineInput): Check {
    return this.change(checkId, (before, now) => {
      if (before.lines.length >= maxLinesPerCheck) {
        throw HubFailure.invalidField('itemId', `A check can hold at most ${maxLinesPerCheck} lines.`);
      }
      const line = buildLine(this.menu, input, '');
      this.repository.insertLine(checkId, line, now);
      const added = this.get(checkId).lines.find((l) => l.id === line.id);
      return added ? [{ kind: 'line_added', line: linePayloadOf(added, before.currency) }] : [];
    });
  }

  removeLine(checkId: string, lineId: string): Check {
    return this.change(checkId, (before, now) => {
      const line = before.lines.find((l) => l.id === lineId);
      if (!line) throw HubFailure.notFound('This line');
      this.repository.deleteLine(checkId, lineId, now);
      return [{ kind: 'line_removed', line: linePayloadOf(line, before.currency) }];
    });
  }

  changeTable(checkId: string, table: string): Check {
    return this.change(checkId, (before, now) => {
      if (before.table === table) return [];
      this.repository.setTable(checkId, table, now);
      return [{ kind: 'table_changed', old: before.table || null, new: table || null }];
    });
  }

  close(checkId: string): Check {
    return this.deps.transaction(() => {
      const before = this.openCheck(checkId);
      if (before.lines.length === 0) {
        throw HubFailure.invalidField('checkId', `Check ${before.number} has no items to close; cancel it instead.`);
      }
      this.repository.close(checkId, this.now());
      const check = this.get(checkId);
      this.deps.publish(this.event('order.closed', check, { check: checkPayloadOf(check) }));
      return check;
    });
  }

  cancel(checkId: string, reason: string, by: string): Check {
    return this.deps.transaction(() => {
      this.openCheck(checkId);
      this.repository.cancel(checkId, reason, by, this.now());
      const check = this.get(checkId);
      this.deps.publish(
        this.event('order.cancelled', check, { check: checkPayloadOf(check), reason, cancelled_by: by }),
      );
      return check;
    });
  }

  /** Runs one change to an open check and publishes `order.updated` when it changed something. */
  private change(checkId: string, work: (before: Check, now: number) => OrderChange[]): Check {
    return this.deps.transaction(() => {
      const before = this.openCheck(checkId);
      const changes = work(before, this.now());
      if (changes.length === 0) return before;
      const check = this.get(checkId);
      this.deps.publish(this.event('order.updated', check, { check: checkPayloadOf(check), changes }));
      return check;
    });
  }

  private openCheck(checkId: string): Check {
    const check = this.get(checkId);
    if (check.status !== 'open') {
      throw HubFailure.invalidField(
        'checkId',
        `Check ${check.number} is ${check.status}; it can no longer be changed.`,
      );
    }
    return check;
  }

  private event<T extends EventType>(type: T, check: Check, data: EventData<T>): DomainEvent<T> {
    return {
      type,
      resource: { type: 'order', id: check.id },
      summary: checkSummary(check),
      data,
      routing: { orderSource: check.source },
    };
  }

  private now(): number {
    return this.deps.clock.now().getTime();
  }
}

/** What the log's search finds a check's events by: "Check #1042 table 12". */
export function checkSummary(check: Check): string {
  const table = check.table ? ` table ${check.table}` : '';
  return `Check #${check.number}${table}`;
}
