import { Module } from '@nestjs/common';
import { ServiceCoreModule } from '@party/service-kit';
import { membershipOrm } from './membership.orm';
import { OrganizationHandler } from './organizations/organization.handler';
import { OrganizationService } from './organizations/organization.service';
import { OrganizationTree } from './organizations/organization.tree';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'membership', orm: membershipOrm })],
  controllers: [OrganizationHandler],
  providers: [OrganizationTree, OrganizationService],
  exports: [OrganizationTree, OrganizationService],
})
export class AppModule {}
