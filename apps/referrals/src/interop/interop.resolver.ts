import { Args, Field, ID, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { parseInput } from '@coordination/graphql';
import type { ReferralPriority } from '@coordination/taxonomies';
import { ReferralPriorityEnum } from '../shared/referrals-enums';
import { ExportReferralUseCase } from './export-referral.use-case';
import { ImportReferralUseCase } from './import-referral.use-case';

@InputType()
export class CaseWorkerContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'Exports a referral my organisation sent or received, for another system.' })
export class ExportReferralInput {
  @Field(() => ID)
  referralId: string;

  @Field(() => ID, { description: 'The organisation the document is for: personal data only if consent covers it.' })
  recipientOrganisationId: string;

  @Field(() => CaseWorkerContactInput, { nullable: true })
  caseWorkerContact?: CaseWorkerContactInput | null;
}

const exportReferralSchema = z.object({
  referralId: z.uuid(),
  recipientOrganisationId: z.uuid(),
  caseWorkerContact: z
    .object({
      name: z
        .string()
        .max(200)
        .nullish()
        .transform((value) => value ?? null),
      email: z
        .email()
        .max(200)
        .nullish()
        .transform((value) => value ?? null),
      phone: z
        .string()
        .max(40)
        .nullish()
        .transform((value) => value ?? null),
    })
    .nullish(),
});

@ObjectType('ReferralDocument')
export class ReferralDocumentModel {
  @Field({ description: 'The JSON document (coordination.referral.v1, see apps/referrals/src/interop/README.md).' })
  document: string;

  @Field({ description: 'Whether personal data is included (consent covers the recipient).' })
  includesPersonalData: boolean;
}

@InputType()
export class ImportReferralInput {
  @Field({ description: 'A coordination.referral.v1 JSON document.' })
  document: string;
}

const importReferralSchema = z.object({ document: z.string().min(2).max(200_000) });

@ObjectType('ImportedReferral', { description: 'The case created from the document, and what to refer it with.' })
export class ImportedReferralModel {
  @Field(() => ID)
  caseId: string;

  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector: string | null;

  @Field(() => ReferralPriorityEnum)
  priority: ReferralPriority;

  @Field()
  placePcode: string;

  @Field(() => String, { nullable: true, description: 'The sender’s reason, when the document carried it.' })
  reason: string | null;

  @Field(() => [String])
  servicesRequested: string[];
}

const CASE_WORKERS = ['PARTNER_REPORTER', 'PARTNER_ADMIN'] as const;

@Resolver()
export class InteropResolver {
  constructor(
    private readonly exportUseCase: ExportReferralUseCase,
    private readonly importUseCase: ImportReferralUseCase,
  ) {}

  @Mutation(() => ReferralDocumentModel, { description: 'A mutation because it is audited when it reveals data.' })
  @Authenticated(...CASE_WORKERS)
  async exportReferral(
    @Args('input') input: ExportReferralInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReferralDocumentModel> {
    const document = await this.exportUseCase.execute(parseInput(exportReferralSchema, input), viewer);
    return { document: JSON.stringify(document), includesPersonalData: document.personal_data !== null };
  }

  @Mutation(() => ImportedReferralModel)
  @Authenticated(...CASE_WORKERS)
  importReferral(
    @Args('input') input: ImportReferralInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ImportedReferralModel> {
    return this.importUseCase.execute(parseInput(importReferralSchema, input).document, viewer);
  }
}
