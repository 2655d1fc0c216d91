import { z } from 'zod';
import { channel } from './channel.js';
import { bi } from './validation.js';

/** Kinds of reference item: one per vocabulary ("vocabulary:sex"), plus gates, agencies and administrative units. */
export const referenceKindSchema = z.string().regex(/^(vocabulary:[a-z_]+|border_gate|agency|admin_unit)$/);

export interface ReferenceItem {
  kind: string;
  code: string;
  labelVi: string;
  labelKm: string;
  labelEn: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
  sort: number;
  /** Khmer (or the fact itself) not yet confirmed by a translator or a source. */
  needsReview: boolean;
  active: boolean;
  data: Record<string, unknown>;
  version: number;
}

const label = z.string().trim().min(1, bi('Không được để trống.', 'Must not be empty.')).max(300);
const isoDate = z.iso.date().nullable();

/** Border provinces and gates for the office profile, available before the vault exists (setup). */
export interface PlaceOptions {
  provinces: { code: string; vi: string; en: string }[];
  gates: { code: string; vn: string; kh: string; province: string; verified: boolean }[];
}

export const ADMIN_UNIT_COUNTRIES = ['VN', 'KH'] as const;
export const ADMIN_UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type AdminUnitLevel = (typeof ADMIN_UNIT_LEVELS)[number];

/** An administrative unit of the full official lists (Vietnamese units before and from 1 Jul 2025, the NCDD gazetteer). */
export interface AdminUnit {
  id: string;
  country: (typeof ADMIN_UNIT_COUNTRIES)[number];
  level: AdminUnitLevel;
  /** Statistics-office code (Viet Nam) or NCDD code (Cambodia). */
  officialCode: string;
  /** Vietnamese name with its type (Phường Phúc Xá); for Cambodian units the Latin name. */
  nameVi: string;
  /** Khmer name (Cambodian units; Vietnamese provinces have a transliteration awaiting review, others none). */
  nameKm: string;
  nameEn: string;
  /** Khmer unit type of a Cambodian unit (ស្រុក, ឃុំ, ភូមិ…). */
  typeKm: string;
  validFrom: string | null;
  validTo: string | null;
}
/** A unit and its parents, nearest first (district, then province). */
export interface AdminUnitHit extends AdminUnit {
  path: AdminUnit[];
}
/** A unit as it stands at a date; `resolved` only when the whole unit went into one new unit, else the user chooses. */
export interface AdminUnitLookup {
  id: string;
  unit: AdminUnitHit | null;
  validAt: boolean;
  successors: { kind: 'full' | 'partial'; unit: AdminUnitHit }[];
  resolved: AdminUnitHit | null;
}

const adminUnitDate = z.iso.date(bi('Ngày không hợp lệ (YYYY-MM-DD).', 'Invalid date (YYYY-MM-DD).'));
const adminUnitSearchSchema = z
  .object({
    country: z.enum(ADMIN_UNIT_COUNTRIES),
    /** At least 2 code points: many Khmer syllables are two. */
    query: z.string().trim().min(2, bi('Nhập ít nhất 2 ký tự.', 'Type at least 2 characters.')).max(100, bi('Tối đa 100 ký tự.', 'At most 100 characters.')),
    /** The record's event date: only units valid then are offered. */
    at: adminUnitDate,
    levels: z.array(z.enum(ADMIN_UNIT_LEVELS)).max(4).optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();
const adminUnitsGetSchema = z
  .object({
    ids: z.array(z.string().trim().min(1).max(64)).min(1).max(20),
    at: adminUnitDate,
  })
  .strict();
export type AdminUnitSearch = z.output<typeof adminUnitSearchSchema>;
export type AdminUnitsGet = z.output<typeof adminUnitsGetSchema>;

export const referenceChannels = {
  'reference.places': channel<PlaceOptions>()({ input: z.object({}).strict(), access: 'public' }),
  'reference.list': channel<ReferenceItem[]>()({
    input: z.object({ kind: referenceKindSchema.optional() }).strict(),
    access: 'signed-in',
  }),
  'reference.save': channel<ReferenceItem>()({
    input: z
      .object({
        kind: referenceKindSchema,
        code: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_.:-]{1,64}$/, bi('Mã gồm chữ không dấu, số, _ . : -', 'Code: letters, digits, _ . : -')),
        labelVi: label,
        labelKm: label,
        labelEn: label,
        parentCode: z.string().max(64).nullable().default(null),
        validFrom: isoDate.default(null),
        validTo: isoDate.default(null),
        successorCode: z.string().max(64).nullable().default(null),
        sort: z.number().int().min(0).max(100000).default(0),
        needsReview: z.boolean(),
        active: z.boolean(),
        /** Present when editing: the version read. Absent for a new item. */
        version: z.number().int().positive().optional(),
      })
      .strict(),
    access: ['administrator'],
    mutates: true,
  }),
  'reference.adminUnits.search': channel<AdminUnitHit[]>()({ input: adminUnitSearchSchema, access: 'signed-in' }),
  'reference.adminUnits.get': channel<AdminUnitLookup[]>()({ input: adminUnitsGetSchema, access: 'signed-in' }),
};
