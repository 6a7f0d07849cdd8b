import { Module } from '@nestjs/common';
import { GeographyResolver } from './geography.resolver';
import { TaxonomiesResolver } from './taxonomies.resolver';

/** GraphQL over the shared reference data: geography (libs/geo) and taxonomies (libs/taxonomies). */
@Module({ providers: [GeographyResolver, TaxonomiesResolver] })
export class ReferenceDataModule {}
