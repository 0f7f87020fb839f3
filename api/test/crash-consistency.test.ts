import { crashConsistencySuite } from './crash-consistency.suite.js';

crashConsistencySuite('filesystem');
