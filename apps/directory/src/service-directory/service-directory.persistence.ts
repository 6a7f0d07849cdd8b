import { ContactEntity } from './entities/contact.entity';
import { LanguageEntity } from './entities/language.entity';
import { LocationEntity } from './entities/location.entity';
import { PhoneEntity } from './entities/phone.entity';
import { RequiredDocumentEntity } from './entities/required-document.entity';
import { ScheduleEntity } from './entities/schedule.entity';
import { ServiceAtLocationEntity } from './entities/service-at-location.entity';
import { ServicePopulationGroupEntity } from './entities/service-population-group.entity';
import { ServiceSectorEntity } from './entities/service-sector.entity';
import { ServiceSpecificNeedEntity } from './entities/service-specific-need.entity';
import { ServiceEntity } from './entities/service.entity';
import { CreateLocation1764000300001 } from './migrations/1764000300001-create-location';
import { CreateService1764000300002 } from './migrations/1764000300002-create-service';
import { CreateServiceAtLocation1764000300003 } from './migrations/1764000300003-create-service-at-location';

/** Tables of the service-directory module (the HSDS service directory), registered by the directory's data source. */
export const SERVICE_DIRECTORY_PERSISTENCE = {
  entities: [
    LocationEntity,
    ServiceEntity,
    ServiceSectorEntity,
    ServicePopulationGroupEntity,
    ServiceSpecificNeedEntity,
    LanguageEntity,
    RequiredDocumentEntity,
    ServiceAtLocationEntity,
    ScheduleEntity,
    ContactEntity,
    PhoneEntity,
  ],
  migrations: [CreateLocation1764000300001, CreateService1764000300002, CreateServiceAtLocation1764000300003],
};
