import { describeServiceFoundation } from '@party/service-kit/testing';
import { membershipOrm } from './membership.orm';

describeServiceFoundation('membership', membershipOrm, () => require('./app.module').AppModule);
