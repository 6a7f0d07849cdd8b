import { Module } from '@nestjs/common';

/** integrator clients and data-sharing agreements. */
@Module({})
export class IntegratorsModule {}
