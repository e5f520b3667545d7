import { describeServiceFoundation } from '@party/testing';
import { membershipOrm } from './membership.orm';

describeServiceFoundation('membership', membershipOrm, () => require('./app.module').AppModule);
