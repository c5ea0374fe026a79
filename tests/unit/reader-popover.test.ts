import { describe, expect, it } from 'vitest';
import { popoverPosition } from '../../renderer/features/reader/popover';

const host = { top: 100, left: 300, width: 600 };
const view = { top: 60, bottom: 760 };
const size = { width: 380, height: 120 };

describe('placing the highlight toolbar', () => {
  it('goes under the selection, lined up with its start', () => {
    expect(popoverPosition({ top: 400, bottom: 420, left: 350 }, host, view, size)).toEqual({
      top: 420 - 100 + 8,
      left: 50,
    });
  });

  it('goes above a selection near the bottom of the view', () => {
    expect(popoverPosition({ top: 700, bottom: 720, left: 350 }, host, view, size).top).toBe(
      700 - 100 - 8 - 120,
    );
  });

  it('stays under when there is no room above either', () => {
    const tall = { width: 380, height: 690 };
    expect(popoverPosition({ top: 300, bottom: 320, left: 350 }, host, view, tall).top).toBe(228);
  });

  it('stays inside the reading column', () => {
    expect(popoverPosition({ top: 400, bottom: 420, left: 850 }, host, view, size).left).toBe(220);
    expect(popoverPosition({ top: 400, bottom: 420, left: 250 }, host, view, size).left).toBe(0);
    expect(
      popoverPosition({ top: 400, bottom: 420, left: 350 }, { ...host, width: 300 }, view, size)
        .left,
    ).toBe(0);
  });
});
