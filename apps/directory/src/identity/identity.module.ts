import { Module } from '@nestjs/common';

/** users, password credentials, refresh tokens and role grants. */
@Module({})
export class IdentityModule {}
