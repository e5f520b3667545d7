import { describeServiceFoundation } from '@party/testing';
import { reportingOrm } from './reporting.orm';

describeServiceFoundation('reporting', reportingOrm, () => require('./app.module').AppModule);
