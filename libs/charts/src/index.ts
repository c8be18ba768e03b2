export * from './bar-chart';
export * from './line-chart';
