import { describeServiceFoundation } from '@party/testing';
import { inspectionOrm } from './inspection.orm';

describeServiceFoundation('inspection', inspectionOrm, () => require('./app.module').AppModule);
