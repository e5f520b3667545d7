import { Module } from '@nestjs/common';
import { ServiceCoreModule } from '@party/service-kit';
import { membershipOrm } from './membership.orm';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'membership', orm: membershipOrm })],
})
export class AppModule {}
