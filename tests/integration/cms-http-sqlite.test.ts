import { describe } from 'vitest';
import { cmsHttpSuite } from './cms-http-suite.js';

describe('CMS over HTTP on SQLite', () => cmsHttpSuite('sqlite'));
