/**
 * Runs in every test worker before its test file: the data layer (src/lib/data/locations.ts)
 * reads this run's build of data/ (test/global-setup.ts) instead of the checkout's outputs.
 */
import { inject } from 'vitest';
import { dataEnv } from './workspace.ts';

Object.assign(process.env, dataEnv(inject('dataWorkDir')));
