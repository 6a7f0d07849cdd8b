import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class RefreshSessionInput {
  @Field()
  refreshToken: string;
}

export const refreshSessionSchema = z.object({ refreshToken: z.string().min(1, 'must not be empty').max(200) });

export type RefreshSessionCommand = z.infer<typeof refreshSessionSchema>;
