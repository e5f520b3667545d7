import { describeServiceFoundation } from '@party/service-kit/testing';
import { reportingOrm } from './reporting.orm';

describeServiceFoundation('reporting', reportingOrm, () => require('./app.module').AppModule);
