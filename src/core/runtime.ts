// Whether this process runs the TypeScript sources (through tsx) or the build in lib/
// (scripts/build.mjs). Every module comes from the same tree, so this module's own URL answers
// for all of them; files named at run time (commands, worker threads) follow it.
export const RUNNING_SOURCES = import.meta.url.endsWith('.ts');

/** The extension of this tree's modules. */
export const MODULE_EXTENSION = RUNNING_SOURCES ? '.ts' : '.js';
