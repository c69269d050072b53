/** Every test file removes the folders it made (tests/helpers/trees.ts), after its own afterAll hooks. */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/trees.ts';

afterAll(removeTempDirs);
