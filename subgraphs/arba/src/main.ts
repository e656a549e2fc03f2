import 'reflect-metadata';
import { arba } from './subgraph';

arba.main();
