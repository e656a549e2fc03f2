import 'reflect-metadata';
import { nav } from './subgraph';

nav.main();
