import { Module } from '@nestjs/common';

/** GraphQL over the shared reference data: geography (libs/geo) and taxonomies (libs/taxonomies). */
@Module({})
export class ReferenceDataModule {}
