import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class RegisterUserInput {
  @Field(() => ID)
  organisationId: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field({ description: '12 to 200 characters, not a common password, not containing the e-mail address.' })
  password: string;
}

export const registerUserSchema = z.object({
  organisationId: z.uuid(),
  email: z.string().trim().pipe(z.email('must be an e-mail address').max(254)),
  displayName: z.string().trim().min(1, 'must not be empty').max(200),
  // Strength is the password policy's job, so a weak password gets AUTH.WEAK_PASSWORD, not INPUT.INVALID.
  password: z.string(),
});

export type RegisterUserCommand = z.infer<typeof registerUserSchema>;
