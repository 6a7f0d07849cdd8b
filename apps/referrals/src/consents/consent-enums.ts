import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../shared/referrals-enums';
import { CONSENT_GIVERS, CONSENT_METHODS } from './consent.entity';

export const ConsentGiverEnum = enumOf(CONSENT_GIVERS);
registerEnumType(ConsentGiverEnum, {
  name: 'ConsentGiver',
  description: 'The person; for a child, a GUARDIAN or an AUTHORISED_OVERRIDE with its reason.',
});

export const ConsentMethodEnum = enumOf(CONSENT_METHODS);
registerEnumType(ConsentMethodEnum, { name: 'ConsentMethod' });
