import { describe, expect, it } from 'vitest';
import { initialDrainMemory, nextDrainMemory } from '../../../../renderer/src/app/drain-progress';

const status = (online: boolean, queued: number, retrying = 0) => ({
  online,
  queued,
  retrying,
  held: 0,
  failingPartners: [],
});

describe('the drain progress of the offline banner', () => {
  it('starts when the connection returns with a queue, counts down, and ends when the queue is empty', () => {
    let memory = nextDrainMemory(initialDrainMemory, status(true, 0));
    expect(memory.drainTotal).toBeNull();
    memory = nextDrainMemory(memory, status(false, 12));
    expect(memory).toEqual({ online: false, drainTotal: null });
    memory = nextDrainMemory(memory, status(true, 12));
    expect(memory.drainTotal).toBe(12);
    memory = nextDrainMemory(memory, status(true, 5));
    expect(memory.drainTotal).toBe(12);
    memory = nextDrainMemory(memory, status(true, 0));
    expect(memory.drainTotal).toBeNull();
  });

  it('shows no drain when coming online with nothing queued, or when the app starts online with a queue', () => {
    expect(nextDrainMemory({ online: false, drainTotal: null }, status(true, 0)).drainTotal).toBeNull();
    expect(nextDrainMemory(initialDrainMemory, status(true, 40)).drainTotal).toBeNull();
  });
});
