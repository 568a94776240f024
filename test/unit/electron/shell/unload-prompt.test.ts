import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { askBeforeLeaving, leaveButton, leavePromptOptions } from '../../../../electron/shell/unload-prompt';

function setUp(answer: number) {
  const contents = new EventEmitter();
  const onStay = vi.fn();
  const ask = vi.fn(() => answer);
  // EventEmitter stands in for WebContents' typed `on`.
  askBeforeLeaving(contents as unknown as Pick<WebContents, 'on'>, ask, onStay);
  /** What Electron does when the page's beforeunload objects: emits, and unloads only if prevented. */
  const unload = (): boolean => {
    const preventDefault = vi.fn();
    contents.emit('will-prevent-unload', { preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { unload, ask, onStay };
}

describe('leaving a page with unsaved changes', () => {
  it('asks natively, and Leave lets the page unload (preventDefault ignores its objection)', () => {
    const { unload, ask, onStay } = setUp(leaveButton);
    expect(unload()).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(onStay).not.toHaveBeenCalled();
  });

  it('Stay keeps the page and reports it (a quit is then cancelled)', () => {
    const { unload, onStay } = setUp(1);
    expect(unload()).toBe(false);
    expect(onStay).toHaveBeenCalledTimes(1);
  });

  it('offers Leave and Stay, with Stay as the default and for Escape', () => {
    expect(leavePromptOptions.buttons).toEqual(['Leave', 'Stay']);
    expect(leavePromptOptions.buttons?.[leaveButton]).toBe('Leave');
    expect(leavePromptOptions.defaultId).toBe(1);
    expect(leavePromptOptions.cancelId).toBe(1);
  });
});
