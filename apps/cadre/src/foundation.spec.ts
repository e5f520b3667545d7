import { describeServiceFoundation } from '@party/service-kit/testing';
import { cadreOrm } from './cadre.orm';

describeServiceFoundation('cadre', cadreOrm, () => require('./app.module').AppModule);
