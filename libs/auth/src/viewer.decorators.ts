import {
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthErrorCode, authError } from './auth.errors';
import type { Role } from './roles';
import { TokenVerifier } from './token-verifier';
import { hasAnyRole, type Viewer } from './viewer';

const REQUIRED_ROLES = 'coordination:required-roles';
type RequestWithViewer = Request & { viewer?: Viewer | null };

function requestOf(context: ExecutionContext): RequestWithViewer {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithViewer>();
}

/**
 * Authenticates the caller in the service itself (not only at the gateway) and checks roles.
 * An empty role list means "any authenticated caller".
 */
@Injectable()
export class ViewerGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (request.viewer === undefined) {
      request.viewer = await this.verifier.viewerFromHeader(request.headers.authorization);
    }
    const viewer = request.viewer;
    if (!viewer) throw authError(AuthErrorCode.Unauthenticated, 'A bearer token is required');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && roles.length > 0 && !hasAnyRole(viewer, roles)) {
      throw authError(AuthErrorCode.Forbidden, `Requires one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}

/** Requires an authenticated caller holding one of `roles` (any role when none are given). */
export function Authenticated(...roles: Role[]) {
  return applyDecorators(SetMetadata(REQUIRED_ROLES, roles), UseGuards(ViewerGuard));
}

export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw authError(AuthErrorCode.Unauthenticated, 'A bearer token is required');
  return viewer;
});
