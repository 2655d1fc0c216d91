/**
 * `renderPdf(definition) → PDF bytes`: the one effectful edge of the document engine.
 * pdfmake is a process-wide singleton: fonts registered once from memory, no network, no local files.
 */
import type { DocumentDefinition } from './definition.js';
import { FONT_FAMILIES, LATIN_FAMILY, loadFontFiles } from './fonts.js';
import { installHooks } from './hooks.js';
import { type PdfMakeServer, loadPdfMake } from './pdfmake-runtime.js';
import { prepareDefinition } from './prepare.js';

export interface RenderOptions {
  /** Called with 0…1 while pages are written. pdfmake reports only the writing phase, not layout; 0 and 1 are always sent. */
  onProgress?: (fraction: number) => void;
}

const VFS_PREFIX = 'blo-fonts/';
let engine: PdfMakeServer | undefined;

function pdfmake(): PdfMakeServer {
  if (engine) return engine;
  const instance = loadPdfMake();
  installHooks();
  for (const [file, bytes] of loadFontFiles()) instance.virtualfs.writeFileSync(VFS_PREFIX + file, bytes);
  const families = Object.fromEntries(
    Object.entries(FONT_FAMILIES).map(([family, styles]) => [family, Object.fromEntries(Object.entries(styles).map(([style, file]) => [style, VFS_PREFIX + file]))]),
  );
  instance.setFonts(families);
  // Documents are built from records only: nothing may be fetched or read from disk while rendering.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  return (engine = instance);
}

/**
 * Loads pdfmake and the fonts and shapes a little of each face, so the first real document does not pay
 * for parsing GSUB/GPOS tables (call it when the engine starts, without awaiting).
 */
export async function warmUp(): Promise<void> {
  pdfmake();
  await renderPdf({ content: [{ text: 'Cộng hòa ព្រះរាជាណាចក្រ', bold: true }, 'Độc lập ស្រុកកំពត', { text: 'Hà Tiên', italics: true }] });
}

export async function renderPdf(definition: DocumentDefinition, options: RenderOptions = {}): Promise<Buffer> {
  const instance = pdfmake();
  const prepared = prepareDefinition({
    ...definition,
    defaultStyle: { font: LATIN_FAMILY, ...definition.defaultStyle },
  });
  const { onProgress } = options;
  onProgress?.(0);
  // createPdf copies the callback synchronously, so setting the singleton here is safe for concurrent renders.
  instance.setProgressCallback(onProgress);
  const output = instance.createPdf(prepared);
  instance.setProgressCallback(undefined);
  const bytes = await output.getBuffer();
  onProgress?.(1);
  return bytes;
}
