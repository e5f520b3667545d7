import { describeServiceFoundation } from '@party/testing';
import { trainingOrm } from './training.orm';

describeServiceFoundation('training', trainingOrm, () => require('./app.module').AppModule);
