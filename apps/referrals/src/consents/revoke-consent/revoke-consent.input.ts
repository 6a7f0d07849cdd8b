import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType({ description: 'The person withdrew a consent: sharing stops and holders are told to purge.' })
export class RevokeConsentInput {
  @Field(() => ID)
  consentId: string;
}

export const revokeConsentSchema = z.object({ consentId: z.uuid() });

export type RevokeConsentCommand = z.infer<typeof revokeConsentSchema>;
