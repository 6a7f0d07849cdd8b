import type { HsdsObject } from './hsds-json';

/** The HSDS API's paginated response (openapi.json, components/schemas/Page, plus `contents`). */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  /** Entities on this page. */
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsObject[];
}

export function hsdsPage(contents: HsdsObject[], totalItems: number, pageNumber: number, perPage: number): HsdsPage {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
