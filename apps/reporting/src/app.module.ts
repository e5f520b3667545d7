import { Module } from '@nestjs/common';
import { ServiceCoreModule } from '@party/service-kit';
import { reportingOrm } from './reporting.orm';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'reporting', orm: reportingOrm })],
})
export class AppModule {}
