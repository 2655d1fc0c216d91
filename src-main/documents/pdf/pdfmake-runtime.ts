/**
 * pdfmake's server build and the three internal classes we hook (see hooks.ts). pdfmake ships CommonJS
 * without types; the shapes below are the members we touch, checked against pdfmake 0.3.11 / pdfkit 0.19.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const SUPPORTED_PDFMAKE = '0.3.11';

export interface PdfMakeOutput {
  getBuffer(): Promise<Buffer>;
}
export interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setProgressCallback(callback: ((progress: number) => void) | undefined): void;
  createPdf(definition: object, options?: object): PdfMakeOutput;
}

/** A fontkit font, as far as we use it. */
export interface FontkitFont {
  createSubset(): unknown;
}
/** pdfkit's EmbeddedFont (the `_font` of a document). */
export interface EmbeddedFont {
  font: FontkitFont;
  subset: unknown;
  layoutCache?: Record<string, unknown>;
}
/** pdfmake's PDFDocument (a pdfkit PDFDocument subclass): the members the hooks use. */
export interface PdfDocumentInternals {
  fonts: Record<string, Record<string, string | undefined>>;
  fontCache: Record<string, Record<string, EmbeddedFont | undefined>>;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
  addContent(data: string): unknown;
  _fragment(text: string, x: number, y: number, options: object): void;
}

export interface PdfInline {
  text: string;
  width: number;
  noWrap?: boolean;
  noNewLine?: boolean;
  lineEnd?: boolean;
  leadingCut?: number;
  trailingCut?: number;
}
export interface PdfLine {
  addInline(inline: PdfInline): void;
  getAvailableWidth(): number;
  hasEnoughSpaceForInline(inline: PdfInline, next: PdfInline[]): boolean;
  lastLineInParagraph?: boolean;
}
export interface LayoutBuilderInternals {
  writer: { context(): { availableWidth: number } };
  buildNextLine(textNode: { _inlines?: PdfInline[] }): PdfLine | null;
}

interface ClassModule<T> {
  default: { prototype: T } & (new (...args: never[]) => T);
}

export function loadPdfMake(): PdfMakeServer {
  const version = (require('pdfmake/package.json') as { version: string }).version;
  if (version !== SUPPORTED_PDFMAKE) {
    // The hooks replace internal methods: re-check them (and the tests) before moving to another pdfmake.
    throw new Error(`documents: pdfmake ${version} installed, hooks were written for ${SUPPORTED_PDFMAKE}`);
  }
  return require('pdfmake') as PdfMakeServer;
}

export const pdfDocumentClass = () => (require('pdfmake/js/PDFDocument') as ClassModule<PdfDocumentInternals>).default;
export const layoutBuilderClass = () => (require('pdfmake/js/LayoutBuilder') as ClassModule<LayoutBuilderInternals>).default;
export const lineClass = () => (require('pdfmake/js/Line') as { default: new (maxWidth: number) => PdfLine }).default;
export const textInlinesClass = () => (require('pdfmake/js/TextInlines') as { default: new (doc: null) => { widthOfText(text: string, inline: PdfInline): number } }).default;
