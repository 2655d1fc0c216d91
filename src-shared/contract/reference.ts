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
        code: z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,64}$/, bi('Mã gồm chữ không dấu, số, _ . : -', 'Code: letters, digits, _ . : -')),
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
};
