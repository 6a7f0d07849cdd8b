import { Module } from '@nestjs/common';
import { BoundariesController } from './boundaries.controller';
import { GeographyResolver } from './geography.resolver';
import { TaxonomiesResolver } from './taxonomies.resolver';

/** GraphQL over the shared reference data: geography (libs/geo) and taxonomies (libs/taxonomies). */
@Module({ controllers: [BoundariesController], providers: [GeographyResolver, TaxonomiesResolver] })
export class ReferenceDataModule {}
