import 'reflect-metadata';
import { workCentre } from './subgraph';

workCentre.main();
