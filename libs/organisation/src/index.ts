export * from './nip';
export * from './passwords';
export * from './employee-csv';
export * from './agency-bootstrap';
export * from './login-throttle';
export * from './text';
