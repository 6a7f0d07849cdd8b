import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthSession', { description: 'Tokens of a signed-in session, as an OAuth token response.' })
export class AuthSessionModel {
  @Field({ description: 'RS256 JWT for the Authorization header: `Bearer <accessToken>`.' })
  accessToken: string;

  @Field({ description: 'Single use: exchange it with refreshSession for a new pair before it expires.' })
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn: number;

  @Field()
  tokenType: 'Bearer';
}
