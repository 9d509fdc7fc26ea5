// Runs in every test file (jest.config.js setupFilesAfterEnv): the folders a file made with makeTempDir go when
// its tests are done, pass or fail.
import { removeTempDirs } from './temp-dirs';

afterAll(removeTempDirs);
