import 'reflect-metadata';
import { askerProdukt } from './subgraph';

askerProdukt.main();
