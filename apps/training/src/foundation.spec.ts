import { describeServiceFoundation } from '@party/service-kit/testing';
import { trainingOrm } from './training.orm';

describeServiceFoundation('training', trainingOrm, () => require('./app.module').AppModule);
