export * from './skm-report';
