import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { PartnerPresenceQuery } from './partner-presence/partner-presence.query';
import { ReachedByPlaceQuery } from './reached-by-place/reached-by-place.query';
import { WhoWhatWhereResolver } from './who-what-where.resolver';

@Module({
  imports: [IndicatorsModule],
  providers: [ReachedByPlaceQuery, PartnerPresenceQuery, WhoWhatWhereResolver],
  exports: [ReachedByPlaceQuery, PartnerPresenceQuery],
})
export class WhoWhatWhereModule {}
