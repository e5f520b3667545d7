import { trainingOrm } from '../training.orm';

/** Training as the service under test of a spec's stack (`useStack({ service: TRAINING, … })`). */
export const TRAINING = {
  service: 'training' as const,
  orm: trainingOrm,
  loadModule: () => require('../app.module').AppModule,
};
