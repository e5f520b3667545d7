import { describeServiceFoundation } from '@party/service-kit/testing';
import { inspectionOrm } from './inspection.orm';

describeServiceFoundation('inspection', inspectionOrm, () => require('./app.module').AppModule);
