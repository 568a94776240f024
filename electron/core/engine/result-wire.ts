import type { NextStep, ResultToWrite } from './queue-ports';

type Attempt = NonNullable<ResultToWrite['attempt']>;

/**
 * One result as it crosses to the writer thread: flat arrays of plain values
 * (the request headers as their JSON, which is how they are stored anyway).
 * Copying a batch of nested objects between threads cost ~7.7 µs per result,
 * mostly taking them apart on the other side; this form ~3 µs.
 */
export type WireResult = [
  id: number,
  destinationId: string,
  state: NextStep['state'],
  at: number | null,
  reason: string | null,
  attempt: WireAttempt | null,
];

type WireAttempt = [
  startedAt: number,
  url: string,
  requestHeadersJson: string,
  outcome: Attempt['outcome'],
  status: number | null,
  latencyMs: number,
  responseExcerpt: string,
  failure: string | null,
  reason: string | null,
  manual: boolean,
];

export function toWire({ delivery, next, attempt }: ResultToWrite): WireResult {
  return [
    delivery.id,
    delivery.destinationId,
    next.state,
    'at' in next ? next.at : null,
    'reason' in next && next.reason !== undefined ? next.reason : null,
    attempt
      ? [
          attempt.startedAt,
          attempt.url,
          JSON.stringify(attempt.requestHeaders),
          attempt.outcome,
          attempt.status,
          attempt.latencyMs,
          attempt.responseExcerpt,
          attempt.failure,
          attempt.reason,
          attempt.manual,
        ]
      : null,
  ];
}

export function fromWire([id, destinationId, state, at, reason, attempt]: WireResult): ResultToWrite {
  return {
    delivery: { id, destinationId },
    next: nextStep(state, at, reason),
    ...(attempt && {
      attempt: {
        startedAt: attempt[0],
        url: attempt[1],
        requestHeaders: JSON.parse(attempt[2]) as Record<string, string>,
        outcome: attempt[3],
        status: attempt[4],
        latencyMs: attempt[5],
        responseExcerpt: attempt[6],
        failure: attempt[7],
        reason: attempt[8],
        manual: attempt[9],
      },
    }),
  };
}

function nextStep(state: NextStep['state'], at: number | null, reason: string | null): NextStep {
  switch (state) {
    case 'delivered':
      return { state };
    case 'retrying':
      return { state, at: at ?? 0 };
    case 'pending':
      return { state, at: at ?? 0, reason: reason ?? '' };
    case 'paused':
      return { state, reason: reason ?? '' };
    case 'failed':
      return reason === null ? { state } : { state, reason };
  }
}
