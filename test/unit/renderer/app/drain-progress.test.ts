import { describe, expect, it } from 'vitest';
import { initialDrainMemory, nextDrainMemory } from '../../../../renderer/src/app/drain-progress';
import { systemStatus } from '../../../support/system-status';

const status = (online: boolean, queued: number, retrying = 0) => systemStatus({ online, queued, retrying });

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

  it('counts only what goes out at once: a retry due later does not keep the banner up', () => {
    // 7 queued on reconnect, 2 of them waiting for a retry hours away (held ones are not queued at all).
    let memory = nextDrainMemory({ online: false, drainTotal: null }, status(true, 7, 2));
    expect(memory.drainTotal).toBe(5);
    memory = nextDrainMemory(memory, status(true, 3, 2));
    expect(memory.drainTotal).toBe(5);
    memory = nextDrainMemory(memory, status(true, 2, 2));
    expect(memory.drainTotal).toBeNull();
  });
});
