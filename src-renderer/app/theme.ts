import type { ThemeConfig } from 'antd';

/**
 * Calm, dense, readable for long shifts: 15 px base, AA contrast (the status colours are darkened from antd's
 * defaults so words on white stay ≥ 4.5:1), bundled fonts for Vietnamese and Khmer.
 */
export const theme: ThemeConfig = {
  token: {
    fontSize: 15,
    fontFamily: "'BLO Sans', 'BLO Khmer', 'Segoe UI', Arial, sans-serif",
    colorPrimary: '#1d4f91',
    colorText: '#1f1f1f',
    colorTextSecondary: '#4a4a4a',
    colorTextDescription: '#4a4a4a',
    colorTextPlaceholder: '#6b6b6b',
    colorSuccess: '#2e7d32',
    colorError: '#c62828',
    colorLink: '#1d4f91',
    fontSizeSM: 14,
    borderRadius: 4,
  },
  components: {
    Table: { cellPaddingBlockSM: 6 },
    Menu: { itemSelectedBg: '#e6eef8', itemSelectedColor: '#123a6b', itemHoverBg: '#f0f4fa' },
  },
};
