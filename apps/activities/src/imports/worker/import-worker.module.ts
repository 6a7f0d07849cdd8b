import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports.module';
import { ImportWorkerLoop } from './import-worker.loop';

/** The polling worker of the running service (tests call `ImportWorker.processNext` instead). */
@Module({ imports: [ImportsModule], providers: [ImportWorkerLoop] })
export class ImportWorkerModule {}
