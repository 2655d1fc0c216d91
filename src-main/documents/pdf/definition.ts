/**
 * The part of pdfmake 0.3's document-definition format the layout kit uses. Templates return plain data
 * of these types; only `renderPdf` hands it to pdfmake.
 */

/** What pdfmake tells `pageBreakBefore` about a laid-out node. */
export interface PageBreakNode {
  headlineLevel?: number;
  style?: unknown;
  startPosition?: { verticalRatio?: number; top?: number };
  /** Present on text nodes. */
  text?: unknown;
}

export type Margin = number | [number, number] | [number, number, number, number];
export type Alignment = 'left' | 'right' | 'center' | 'justify';

export interface TextStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: Alignment;
  color?: string;
  lineHeight?: number;
  characterSpacing?: number;
  decoration?: 'underline' | 'lineThrough' | 'overline';
  decorationStyle?: 'dashed' | 'dotted' | 'double' | 'wavy';
  noWrap?: boolean;
  fillColor?: string;
}

export interface NodeCommon {
  margin?: Margin;
  style?: string | string[];
  width?: number | string;
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  id?: string;
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
  /** Table cells only: background of the cell. */
  fillColor?: string;
  /** 1: a heading or label line that must not end a page (see keepHeadingsWithNext). */
  headlineLevel?: number;
}

export type Inline = string | InlineNode;
export interface InlineNode extends TextStyle {
  text: Inline | Inline[];
}

export interface TextNode extends TextStyle, NodeCommon {
  text: Inline | Inline[];
}
export interface StackNode extends TextStyle, NodeCommon {
  stack: Content[];
}
export interface ColumnsNode extends TextStyle, NodeCommon {
  columns: Content[];
  columnGap?: number;
}
export interface TableLayout {
  hLineWidth?: (row: number, node: unknown) => number;
  vLineWidth?: (column: number, node: unknown) => number;
  hLineColor?: (row: number, node: unknown) => string;
  vLineColor?: (column: number, node: unknown) => string;
  paddingLeft?: (column: number, node: unknown) => number;
  paddingRight?: (column: number, node: unknown) => number;
  paddingTop?: (row: number, node: unknown) => number;
  paddingBottom?: (row: number, node: unknown) => number;
  fillColor?: (row: number, node: unknown, column: number) => string | null;
}
export interface TableNode extends TextStyle, NodeCommon {
  table: {
    body: TableCell[][];
    widths?: Array<number | string>;
    headerRows?: number;
    keepWithHeaderRows?: number;
    dontBreakRows?: boolean;
  };
  layout?: string | TableLayout;
}
export interface QrNode extends NodeCommon {
  qr: string;
  fit?: number;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
  foreground?: string;
  alignment?: Alignment;
}
export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
}
export interface CanvasRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  lineWidth?: number;
  lineColor?: string;
  color?: string;
}
export interface CanvasNode extends NodeCommon {
  canvas: Array<CanvasLine | CanvasRect>;
  alignment?: Alignment;
}

export type ContentNode = TextNode | StackNode | ColumnsNode | TableNode | QrNode | CanvasNode;
export type Content = string | ContentNode | Content[];
/** An empty object fills the place of a cell covered by a colSpan/rowSpan. */
export type TableCell = Content | Record<string, never>;

export type DynamicContent = (currentPage: number, pageCount: number) => Content | null | undefined;

export interface DocumentDefinition {
  pageSize?: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  /** [left, top, right, bottom] in points. */
  pageMargins?: [number, number, number, number];
  content: Content;
  header?: DynamicContent;
  footer?: DynamicContent;
  styles?: Record<string, TextStyle & { margin?: Margin }>;
  defaultStyle?: TextStyle;
  info?: { title?: string; author?: string; subject?: string; keywords?: string; creator?: string; producer?: string };
  language?: string;
  compress?: boolean;
  /** pdfmake asks this for every node after layout; `true` moves the node to the next page and lays out again. */
  pageBreakBefore?: (node: PageBreakNode, pages: { getFollowingNodesOnPage(): PageBreakNode[] }) => boolean;
}
