import { findRoot } from '../../support/root';

/** The repository root, as every test finds it. */
export const ROOT = findRoot();
