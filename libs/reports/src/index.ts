export * from './format';
export * from './labels';
export * from './skm-report';
export * from './skm-pdf';
export * from './employee-report';
export * from './employee-pdf';
export * from './pdf-writer';
export * from './report-rules';
