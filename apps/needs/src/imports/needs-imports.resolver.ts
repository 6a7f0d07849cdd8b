import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { ImportNeedsRoundInput, importNeedsRoundSchema } from './import-needs-round.input';
import { ImportNeedsRoundUseCase } from './import-needs-round.use-case';
import { NeedsImportModel, toNeedsImportModel } from './needs-import.model';

@Resolver(() => NeedsImportModel)
export class NeedsImportsResolver {
  constructor(private readonly importRound: ImportNeedsRoundUseCase) {}

  @Mutation(() => NeedsImportModel, {
    description:
      'Platform admins check (dryRun) or publish a needs-analysis round from a CSV, XLSX or HXL file: every row ' +
      'or none, problems located by row, column and field.',
  })
  @Authenticated('PLATFORM_ADMIN')
  async importNeedsRound(
    @Args('input') input: ImportNeedsRoundInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<NeedsImportModel> {
    const command = parseInput(importNeedsRoundSchema, input);
    return toNeedsImportModel(await this.importRound.execute(command, viewer, correlationIdOf(request)));
  }
}
