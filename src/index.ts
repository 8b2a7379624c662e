// `flashpoint`: the pure core. No React, no DOM: safe to import on a server, in a worker or a CLI.
export * from './schema/index';
export * from './layout/index';
export * from './state/index';
export * from './io/index';
