import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { koboFormMappingSchema } from './kobo-form-mapping.schema';

@InputType({
  description: 'Creates a form mapping (with a new secret) or changes one (optionally rotating its secret).',
})
export class SetKoboFormMappingInput {
  @Field(() => ID, { nullable: true, description: 'The mapping to change; a new one when left out.' })
  id?: string | null;

  @Field(() => ID)
  assessmentId: string;

  @Field({ description: 'The form’s asset uid in KoboToolbox.' })
  koboAssetUid: string;

  @Field({ description: 'The mapping document as JSON (see apps/needs/src/kobo/README.md).' })
  mappingJson: string;

  @Field(() => Boolean, { nullable: true, description: 'Issue a new secret; the old one stops working at once.' })
  rotateSecret?: boolean | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

/** The JSON text parsed, then checked as a mapping, so each problem names its path inside mappingJson. */
const mappingJsonSchema = z.string().transform((text, context) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'must be a JSON object' });
    return z.NEVER;
  }
});

export const setKoboFormMappingSchema = z.object({
  id: z.uuid().nullish(),
  assessmentId: z.uuid(),
  koboAssetUid: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{4,64}$/, 'must be a KoboToolbox asset uid'),
  mappingJson: mappingJsonSchema.pipe(koboFormMappingSchema),
  rotateSecret: z.boolean().nullish(),
  expectedVersion: z.number().int().min(1).nullish(),
});

export type SetKoboFormMappingCommand = z.output<typeof setKoboFormMappingSchema>;
