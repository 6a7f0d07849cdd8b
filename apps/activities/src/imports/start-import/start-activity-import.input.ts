import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { z } from 'zod';

export const ImportFileFormatEnum = { CSV: 'CSV', XLSX: 'XLSX', HXL: 'HXL' } as const;
registerEnumType(ImportFileFormatEnum, {
  name: 'ImportFileFormat',
  description: 'What the caller says the file is; the content decides (XLSX by its zip signature, else CSV text).',
});

@InputType({
  description:
    'A 5W file sent inline as base64 (at most 25 MB decoded). Inline keeps uploads on the one GraphQL ' +
    'route with its authentication, limits and federation; GraphQL multipart uploads would work as well but ' +
    'need a second request format through the gateway and every subgraph, for files this size.',
})
export class StartActivityImportInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Client-chosen UUID of the job: lets a client subscribe to importJobProgress before uploading, and makes ' +
      'a retried upload return the job made the first time.',
  })
  id?: string | null;

  @Field()
  fileName: string;

  @Field()
  contentBase64: string;

  @Field(() => ImportFileFormatEnum, { nullable: true })
  format?: keyof typeof ImportFileFormatEnum | null;

  @Field(() => String, { nullable: true, description: 'XLSX: the sheet to read; the first visible one by default.' })
  sheetName?: string | null;

  @Field({ description: 'Check every row and report the problems without writing anything.' })
  dryRun: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Create the reports SUBMITTED instead of DRAFT.' })
  submit?: boolean | null;
}

export const startActivityImportSchema = z.object({
  id: z.uuid().toLowerCase().nullish(),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^/\\\0]+$/, 'must be a file name without folders'),
  contentBase64: z.string().min(1),
  format: z.enum(['CSV', 'XLSX', 'HXL']).nullish(),
  sheetName: z.string().trim().min(1).max(100).nullish(),
  dryRun: z.boolean(),
  submit: z.boolean().nullish(),
});

export type StartActivityImportCommand = z.infer<typeof startActivityImportSchema>;
