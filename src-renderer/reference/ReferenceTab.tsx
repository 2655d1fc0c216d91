/** Administration tab: reference data (vocabularies, border gates, agencies, administrative units). */
export function ReferenceTab() {
  return null;
}
