import { Module } from '@nestjs/common';

/** the HSDS service directory. */
@Module({})
export class ServiceDirectoryModule {}
