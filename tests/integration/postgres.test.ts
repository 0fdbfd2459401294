import { describe, it } from 'vitest';
import { postgresAvailable, POSTGRES_ADMIN_URL } from '../../scripts/lib/postgres.js';
import { cmsSuite } from './cms-suite.js';

const availability = await postgresAvailable();

if (availability.ok) {
  describe('CMS on PostgreSQL', () => cmsSuite('postgres'));
} else if (process.env.CI === 'true') {
  describe('CMS on PostgreSQL', () => {
    it('needs the PostgreSQL server CI promises', () => {
      throw new Error(`PostgreSQL at ${POSTGRES_ADMIN_URL} is not reachable (${availability.why}); CI must test the PostgreSQL path.`);
    });
  });
} else {
  console.warn(
    `\n*** SKIPPED: the PostgreSQL tests. No server at ${POSTGRES_ADMIN_URL} (${availability.why}).\n*** Start one (or set TEST_POSTGRES_URL) to test the PostgreSQL path.\n`,
  );
  describe.skip('CMS on PostgreSQL (skipped: no server)', () => cmsSuite('postgres'));
}
