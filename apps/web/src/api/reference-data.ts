import { useEffect, useState } from 'preact/hooks';
import { graphql } from './graphql-client';
import { ADMIN_UNITS, INDICATORS, SECTORS } from './operations';

export interface AdminUnitOption {
  pcode: string;
  name: string;
  nameAscii: string;
  level: string;
  parentPcode: string | null;
}

export interface SectorOption {
  code: string;
  names: { es: string; en: string };
}

export interface IndicatorOption {
  code: string;
  sector: string;
  name: { es: string; en: string };
  countsPeople: boolean;
  requiresSexAgeDisaggregation: boolean;
  modalities: string[];
}

// Reference data changes once a year at most: fetched once per page load and shared by every form.
const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key))
    cache.set(
      key,
      load().catch((error: unknown) => (cache.delete(key), Promise.reject(error))),
    );
  return cache.get(key) as Promise<T>;
}

/** All departments, provinces and districts (about 2,100 units), searched in the browser as one types. */
export function loadAdminUnits(accessToken: string | null): Promise<AdminUnitOption[]> {
  return cached('admin-units', async () => {
    const levels = await Promise.all(
      ['department', 'province', 'district'].map((level) =>
        graphql<{ adminUnits: AdminUnitOption[] }>(ADMIN_UNITS, { level }, accessToken),
      ),
    );
    return levels.flatMap((answer) => answer.adminUnits);
  });
}

export function loadSectors(planYear: number, accessToken: string | null): Promise<SectorOption[]> {
  return cached(`sectors-${planYear}`, async () => {
    return (await graphql<{ sectors: SectorOption[] }>(SECTORS, { planYear }, accessToken)).sectors;
  });
}

export function loadIndicators(planYear: number, accessToken: string | null): Promise<IndicatorOption[]> {
  return cached(`indicators-${planYear}`, async () => {
    return (await graphql<{ indicators: IndicatorOption[] }>(INDICATORS, { planYear }, accessToken)).indicators;
  });
}

/** A promise's value as state: undefined while loading. */
export function useLoaded<T>(load: () => Promise<T>, dependencies: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let current = true;
    load()
      .then((loaded) => current && setValue(loaded))
      .catch(() => current && setValue(undefined));
    return () => {
      current = false;
    };
  }, dependencies);
  return value;
}
