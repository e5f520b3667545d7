import { Module } from '@nestjs/common';
import { CADRE_ROUTES } from '@party/contracts';
import { orgReplicaConsumerProvider, peopleReplicaConsumerProvider } from '@party/org-replica';
import { ServiceCoreModule } from '@party/service-kit';
import { cadreOrm } from './cadre.orm';
import { COMMITTEES_CONSUMERS, COMMITTEES_PROVIDERS } from './committees/committees.parts';
import { PLANNING_CONSUMERS, PLANNING_PROVIDERS } from './planning/planning.parts';
import { VETTING_CONSUMERS, VETTING_PROVIDERS } from './vetting/vetting.parts';

@Module({
  imports: [
    ServiceCoreModule.forService({
      service: 'cadre',
      orm: cadreOrm,
      routes: CADRE_ROUTES,
      consumers: [
        orgReplicaConsumerProvider({ name: 'cadre-organizations' }),
        peopleReplicaConsumerProvider({ name: 'cadre-people' }),
        ...COMMITTEES_CONSUMERS,
        ...PLANNING_CONSUMERS,
        ...VETTING_CONSUMERS,
      ],
    }),
  ],
  providers: [...COMMITTEES_PROVIDERS, ...PLANNING_PROVIDERS, ...VETTING_PROVIDERS],
})
export class AppModule {}
