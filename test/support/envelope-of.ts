/** The envelope fields tests read, parsed from a received body. */
export interface ReceivedEnvelope {
  id: string;
  type: string;
  timestamp: string;
  store_id: string;
  sequence: number;
  data: Record<string, unknown> & { check?: { id?: string; number: number } };
}

export function envelopeOf(body: string | undefined): ReceivedEnvelope {
  return JSON.parse(body ?? '{}') as ReceivedEnvelope;
}
