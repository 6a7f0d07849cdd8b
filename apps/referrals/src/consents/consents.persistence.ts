import { ConsentEntity } from './consent.entity';
import { CreateConsent1766000000300 } from './migrations/1766000000300-create-consent';

export const CONSENTS_PERSISTENCE = {
  entities: [ConsentEntity],
  migrations: [CreateConsent1766000000300],
};
