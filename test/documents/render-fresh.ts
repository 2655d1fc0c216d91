/**
 * Child process for shaping-order.test.ts: renders one sample document in a process that has rendered nothing
 * before, and prints the PDF as base64. `node --import tsx render-fresh.ts <template> <persons>`.
 */
import { renderPdf } from '../../src-main/documents/index.js';
import { type TemplateName, sampleDocument } from './sample-documents.js';

const [template, persons] = process.argv.slice(2);
const pdf = await renderPdf(sampleDocument(template as TemplateName, Number(persons)));
process.stdout.write(pdf.toString('base64'));
