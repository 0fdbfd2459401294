import { describeOnPostgres } from '../fixtures/on-postgres.js';
import { cmsHttpSuite } from './cms-http-suite.js';

describeOnPostgres('CMS over HTTP on PostgreSQL', () => cmsHttpSuite('postgres'));
