import { Module } from '@nestjs/common';
import { ServiceCoreModule } from '@party/service-kit';
import { trainingOrm } from './training.orm';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'training', orm: trainingOrm })],
})
export class AppModule {}
