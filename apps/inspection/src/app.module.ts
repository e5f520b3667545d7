import { Module } from '@nestjs/common';
import { ServiceCoreModule } from '@party/service-kit';
import { inspectionOrm } from './inspection.orm';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'inspection', orm: inspectionOrm })],
})
export class AppModule {}
