import { Module } from '@nestjs/common';
import { INSPECTION_ROUTES } from '@party/contracts';
import { orgReplicaConsumerProvider } from '@party/org-replica';
import { ServiceCoreModule } from '@party/service-kit';
import { DISCIPLINE_CONSUMERS, DISCIPLINE_PROVIDERS } from './discipline/discipline.parts';
import { inspectionOrm } from './inspection.orm';
import { PROGRAM_PROVIDERS } from './programs/programs.parts';

@Module({
  imports: [
    ServiceCoreModule.forService({
      service: 'inspection',
      orm: inspectionOrm,
      routes: INSPECTION_ROUTES,
      consumers: [orgReplicaConsumerProvider({ name: 'inspection-organizations' }), ...DISCIPLINE_CONSUMERS],
    }),
  ],
  providers: [...PROGRAM_PROVIDERS, ...DISCIPLINE_PROVIDERS],
})
export class AppModule {}
