export * from './placement-request.entity';
export * from './protocol';
export * from './route';
export * from './rules';
