import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  grantId: string;
}

export const revokeRoleSchema = z.object({ grantId: z.uuid() });

export type RevokeRoleCommand = z.infer<typeof revokeRoleSchema>;
