/** Administration tab: the Vietnamese–Khmer label translations printed on documents. */
export function LabelsTab() {
  return null;
}
