// @vitest-environment node
import { adjacentView } from '../../src/domain/paging';
import { VIEWS } from '../../src/domain/url-state';

describe('adjacentView', () => {
  const ids = VIEWS.map((v) => v.id);
  it('steps forward and backward in navigation order', () => {
    expect(adjacentView(ids[0]!, 1)).toBe(ids[1]);
    expect(adjacentView(ids[1]!, -1)).toBe(ids[0]);
  });
  it('wraps around at both ends', () => {
    expect(adjacentView(ids[ids.length - 1]!, 1)).toBe(ids[0]);
    expect(adjacentView(ids[0]!, -1)).toBe(ids[ids.length - 1]);
  });
});
