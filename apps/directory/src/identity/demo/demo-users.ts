import type { Role } from '@coordination/auth';
import type { SectorCode } from '@coordination/taxonomies';

export interface DemoUser {
  email: string;
  displayName: string;
  /** Acronym of a demo organisation. */
  organisation: string;
  role: Role;
  sector?: SectorCode;
}

/**
 * The people of the demo working group: the platform coordinators, a coordinator per sector (from
 * the agency that usually leads it in Peru), partner staff and a government counterpart.
 * Addresses use the reserved example.org domain.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'coordinacion.plataforma@example.org',
    displayName: 'Coordinación GTRM',
    organisation: 'ACNUR',
    role: 'PLATFORM_ADMIN',
  },
  {
    email: 'coordinacion.edu@example.org',
    displayName: 'Coordinación Educación',
    organisation: 'UNICEF',
    role: 'SECTOR_COORDINATOR',
    sector: 'EDU',
  },
  {
    email: 'coordinacion.fsc@example.org',
    displayName: 'Coordinación Seguridad Alimentaria',
    organisation: 'PMA',
    role: 'SECTOR_COORDINATOR',
    sector: 'FSC',
  },
  {
    email: 'coordinacion.hea@example.org',
    displayName: 'Coordinación Salud',
    organisation: 'OPS',
    role: 'SECTOR_COORDINATOR',
    sector: 'HEA',
  },
  {
    email: 'coordinacion.htr@example.org',
    displayName: 'Coordinación Transporte Humanitario',
    organisation: 'OIM',
    role: 'SECTOR_COORDINATOR',
    sector: 'HTR',
  },
  {
    email: 'coordinacion.int@example.org',
    displayName: 'Coordinación Integración',
    organisation: 'OIT',
    role: 'SECTOR_COORDINATOR',
    sector: 'INT',
  },
  {
    email: 'coordinacion.nut@example.org',
    displayName: 'Coordinación Nutrición',
    organisation: 'UNICEF',
    role: 'SECTOR_COORDINATOR',
    sector: 'NUT',
  },
  {
    email: 'coordinacion.pro@example.org',
    displayName: 'Coordinación Protección',
    organisation: 'ACNUR',
    role: 'SECTOR_COORDINATOR',
    sector: 'PRO',
  },
  {
    email: 'coordinacion.she@example.org',
    displayName: 'Coordinación Alojamiento',
    organisation: 'OIM',
    role: 'SECTOR_COORDINATOR',
    sector: 'SHE',
  },
  {
    email: 'coordinacion.wsh@example.org',
    displayName: 'Coordinación Agua, Saneamiento e Higiene',
    organisation: 'UNICEF',
    role: 'SECTOR_COORDINATOR',
    sector: 'WSH',
  },
  {
    email: 'coordinacion.mpc@example.org',
    displayName: 'Coordinación Transferencias Monetarias',
    organisation: 'PMA',
    role: 'SECTOR_COORDINATOR',
    sector: 'MPC',
  },
  {
    email: 'reportes@caritas.example.org',
    displayName: 'Equipo de monitoreo Cáritas',
    organisation: 'Cáritas',
    role: 'PARTNER_REPORTER',
  },
  {
    email: 'admin@caritas.example.org',
    displayName: 'Administración Cáritas',
    organisation: 'Cáritas',
    role: 'PARTNER_ADMIN',
  },
  { email: 'reportes@hias.example.org', displayName: 'Monitoreo HIAS', organisation: 'HIAS', role: 'PARTNER_REPORTER' },
  {
    email: 'reportes@plan.example.org',
    displayName: 'Monitoreo Plan International',
    organisation: 'Plan',
    role: 'PARTNER_REPORTER',
  },
  {
    email: 'reportes@uvp.example.org',
    displayName: 'Unión Venezolana en Perú',
    organisation: 'UVP',
    role: 'PARTNER_REPORTER',
  },
  {
    email: 'consulta@mimp.example.org',
    displayName: 'MIMP (consulta)',
    organisation: 'MIMP',
    role: 'GOVERNMENT_VIEWER',
  },
];

/** Only for the demo data set; a real deployment never loads it. Override with DEMO_USER_PASSWORD. */
export const DEFAULT_DEMO_PASSWORD = 'Demo-GTRM-Peru-2026';
