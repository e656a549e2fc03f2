export * from './compose';
export * from './registry';
export * from './config';
export * from './compose-config';
export * from './change-checks';
export * from './register';
export { main as registerCommand } from './register-cli';
export * from './hub-registration';
