import { Directive, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { invalidInput } from './input-validation';

export const MAX_PAGE_SIZE = 100;

// Every subgraph pages its lists with it, so the gateway must accept it from any of them.
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@InputType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Between 1 and ${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor connection type for `itemType`: lists are paged, never unbounded. */
export function ConnectionType<T>(itemType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(name)
  class ConnectionClass implements Connection<T> {
    @Field(() => [itemType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

export function encodeCursor(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/** The page size asked for, refused with the field at fault when out of bounds. */
export function checkedPageSize(page: PageArgs): number {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw invalidInput([{ field: 'page.first', message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return page.first;
}
