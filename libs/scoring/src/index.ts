export * from './policy';
export * from './core-values';
