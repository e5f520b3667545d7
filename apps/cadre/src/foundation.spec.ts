import { describeServiceFoundation } from '@party/testing';
import { cadreOrm } from './cadre.orm';

describeServiceFoundation('cadre', cadreOrm, () => require('./app.module').AppModule);
