import 'reflect-metadata';
import { dayServices } from './subgraph';

dayServices.main();
