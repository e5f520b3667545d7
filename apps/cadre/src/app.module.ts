import { Module } from '@nestjs/common';
import { ServiceCoreModule } from '@party/service-kit';
import { cadreOrm } from './cadre.orm';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'cadre', orm: cadreOrm })],
})
export class AppModule {}
