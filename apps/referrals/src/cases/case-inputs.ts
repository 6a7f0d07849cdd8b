import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { personalDataSchema } from '../personal-data/personal-data';
import { CasePersonalDataInput } from './personal-data.graphql';

/** GraphQL gives absent optional fields as null; the vault's schema may want them absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== null && field !== undefined)
        .map(([key, field]) => [key, withoutNulls(field)]),
    );
  }
  return value;
}

const personalData = z.preprocess(withoutNulls, personalDataSchema);

@InputType({ description: 'Registers a case of my organisation.' })
export class RegisterCaseInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen UUID; repeating the call with it is harmless.' })
  id?: string | null;

  @Field(() => CasePersonalDataInput)
  personalData: CasePersonalDataInput;
}

export const registerCaseSchema = z.object({ id: z.uuid().nullish(), personalData });

@InputType({ description: 'Replaces the personal data of a case of my organisation.' })
export class UpdateCaseInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => CasePersonalDataInput)
  personalData: CasePersonalDataInput;
}

export const updateCaseSchema = z.object({ id: z.uuid(), expectedVersion: z.number().int().min(1), personalData });

@InputType({ description: 'Finds cases of my organisation by document or by name (close spellings, any accents).' })
export class SearchCasesInput {
  @Field(() => String, { nullable: true })
  documentType?: string | null;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'At most 100.' })
  limit?: number | null;
}

export const searchCasesSchema = z
  .object({
    documentType: z.string().trim().min(1).max(40).nullish(),
    documentNumber: z.string().trim().min(3).max(40).nullish(),
    name: z.string().trim().min(2).max(200).nullish(),
    limit: z
      .number()
      .int()
      .min(1)
      .max(100)
      .nullish()
      .transform((limit) => limit ?? 20),
  })
  .refine((input) => input.documentNumber || input.name, {
    message: 'give a document number or a name',
    path: ['name'],
  });
