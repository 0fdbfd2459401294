import { describeOnPostgres } from '../fixtures/on-postgres.js';
import { cmsSuite } from './cms-suite.js';

describeOnPostgres('CMS on PostgreSQL', () => cmsSuite('postgres'));
