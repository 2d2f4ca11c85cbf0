import { describe, expect, it } from '@jest/globals';

describe('runtime', () => {
  // mediasoup 3.27, the pinned packages and scripts/with-node.sh are chosen for Node.js 24.
  it('runs on Node.js 24', () => {
    expect(process.version).toMatch(/^v24\.\d+\.\d+$/);
  });
});
