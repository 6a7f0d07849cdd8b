import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType()
export class LogoutInput {
  @Field()
  refreshToken: string;
}

export const logoutSchema = z.object({ refreshToken: z.string().min(1, 'must not be empty').max(200) });

export type LogoutCommand = z.infer<typeof logoutSchema>;
