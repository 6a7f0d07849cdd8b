import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ServiceSearch } from './find-services/service-search';
import { HsdsController } from './hsds/hsds.controller';
import { HsdsDirectory } from './hsds/hsds-directory';
import { ServiceModels } from './model/service-models';
import { PublishServiceUseCase } from './publish-service/publish-service.use-case';
import { ServiceRecordRepository } from './reading/service-record.repository';
import { ServicesResolver } from './services.resolver';
import { UpdateServiceUseCase } from './update-service/update-service.use-case';
import { LocationChangePropagation } from './writing/location-change.propagation';
import { LocationWriter } from './writing/location.writer';
import { ServiceEventRecorder } from './writing/service-event.recorder';
import { ServicePartsWriter } from './writing/service-parts.writer';
import { ServiceReferenceData } from './writing/service-reference-data';

/**
 * The HSDS service directory: who offers which service where, for whom, in which languages and at
 * what hours. GraphQL for partners (publishService, updateService, services), a public HSDS read
 * API at /hsds for everyone else.
 */
@Module({
  imports: [OrganisationsModule],
  controllers: [HsdsController],
  providers: [
    ServicesResolver,
    PublishServiceUseCase,
    UpdateServiceUseCase,
    ServiceSearch,
    ServiceModels,
    ServiceRecordRepository,
    ServiceReferenceData,
    ServicePartsWriter,
    LocationWriter,
    ServiceEventRecorder,
    LocationChangePropagation,
    HsdsDirectory,
  ],
  exports: [PublishServiceUseCase],
})
export class ServiceDirectoryModule {}
