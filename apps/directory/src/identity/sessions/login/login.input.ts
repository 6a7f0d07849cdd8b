import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class LoginInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

/** Only bounds here: a malformed address simply matches no account, with the same answer as a wrong one. */
export const loginSchema = z.object({
  email: z.string().trim().min(1, 'must not be empty').max(254),
  password: z.string().min(1, 'must not be empty').max(1_000),
});

export type LoginCommand = z.infer<typeof loginSchema>;
