import { Field, InputType, OmitType } from '@nestjs/graphql';
import { z } from 'zod';
import { PublishNeedsRoundInput, publishNeedsRoundSchema } from '../rounds/publish-round/publish-needs-round.input';

@InputType({
  description:
    'A file of people-in-need figures (CSV, XLSX or HXL-tagged, sent inline as base64, at most 25 MB) to check, ' +
    'or to publish as a round of a needs analysis with every row or none. The round’s details are those of ' +
    'publishNeedsRound; its figures come from the file.',
})
export class ImportNeedsRoundInput extends OmitType(PublishNeedsRoundInput, ['peopleInNeed', 'severity'] as const) {
  @Field()
  fileName: string;

  @Field()
  contentBase64: string;

  @Field(() => String, { nullable: true, description: 'XLSX: the sheet to read; the first visible one by default.' })
  sheetName?: string | null;

  @Field({ description: 'Check every row and the round, report the problems, write nothing.' })
  dryRun: boolean;
}

export const importNeedsRoundSchema = publishNeedsRoundSchema.omit({ peopleInNeed: true, severity: true }).extend({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^/\\\0]+$/, 'must be a file name without folders'),
  contentBase64: z.string().min(1),
  sheetName: z.string().trim().min(1).max(100).nullish(),
  dryRun: z.boolean(),
});

export type ImportNeedsRoundCommand = z.infer<typeof importNeedsRoundSchema>;
