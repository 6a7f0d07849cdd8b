import { Global, Module, type DynamicModule } from '@nestjs/common';

/**
 * The time deadlines are measured against. Injected (never `new Date()` in the domain) so tests
 * move time forward instead of sleeping, and the overdue sweeper can be driven step by step.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Provides the {@link Clock} to every referrals module: the system clock unless a test gives its own. */
@Global()
@Module({})
export class ClockModule {
  static using(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
