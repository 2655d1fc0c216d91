/** Khmer script in the UI: marked lang="km" so a screen reader uses a Khmer voice, shown in the bundled Khmer font. */
const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;

export const isKhmer = (text: string | null | undefined) => !!text && KHMER.test(text);

/** A Khmer name (or any text in Khmer script); nothing when empty. */
export function Km({ text, block = false }: { text: string | null | undefined; block?: boolean }) {
  if (!text) return null;
  const Tag = block ? 'div' : 'span';
  return (
    <Tag className="rep-km" lang="km">
      {text}
    </Tag>
  );
}

/** A value as typed: marked Khmer only when it is in Khmer script. */
export function AsTyped({ text }: { text: string | null | undefined }) {
  return isKhmer(text) ? <Km text={text} /> : <span>{text}</span>;
}
