import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

// Each test file's temporary directories go when the file's tests end.
afterAll(removeTempDirs);
