/** Which failed builds the publisher tries again on its own: by the failure's code, never its message. */
import { describe, expect, it } from 'vitest';
import { AstroBuildError } from '../../scripts/build/astro-runner.js';
import { BUILD_PROCESS_STOPPED, CMS_UNREACHABLE, retryOf } from '../../scripts/publish/retryable-failures.js';
import { CmsFetchError } from '../../site/src/cms/fetch-published.js';

const unreachable = new AstroBuildError('cannot reach the CMS at http://127.0.0.1:1337', CMS_UNREACHABLE);
const stopped = new AstroBuildError('the build process stopped', BUILD_PROCESS_STOPPED);

describe('retryable failures', () => {
  it.each([
    ['the CMS unreachable, first failure', unreachable, 0, { inMs: 2000, because: 'the CMS could not be reached' }],
    ['the CMS unreachable, third failure', unreachable, 2, { inMs: 15000, because: 'the CMS could not be reached' }],
    ['the CMS unreachable for long', unreachable, 40, { inMs: 60000, because: 'the CMS could not be reached' }],
    [
      'the CMS unreachable, from the site code',
      new CmsFetchError('cannot reach the CMS', CMS_UNREACHABLE),
      0,
      { inMs: 2000, because: 'the CMS could not be reached' },
    ],
    [
      'the build process stopped, first failure',
      stopped,
      0,
      { inMs: 2000, because: 'the build process was stopped before it finished' },
    ],
    ['the build process stopped again', stopped, 1, undefined],
    ['the build process stopped after the CMS was unreachable', stopped, 3, undefined],
    [
      'a message that reads like an outage but has no code',
      new Error('cannot reach the CMS at http://127.0.0.1:1337'),
      0,
      undefined,
    ],
    [
      'a message that reads like a killed build but has no code',
      new AstroBuildError('the build process was killed by signal SIGKILL'),
      0,
      undefined,
    ],
    ['a CMS that refused the token', new CmsFetchError('the CMS refused the build token (HTTP 401)'), 0, undefined],
    ['a Node error code', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 0, undefined],
    ['something not an error', 'cannot reach the CMS', 0, undefined],
    ['nothing', undefined, 0, undefined],
  ])('%s', (_case, error, failures, retry) => {
    expect(retryOf(error, failures)).toEqual(retry);
  });
});
