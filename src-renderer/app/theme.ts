import type { ThemeConfig } from 'antd';

/** Calm, dense, readable for long shifts: 15 px base, AA contrast, bundled fonts for Vietnamese and Khmer. */
export const theme: ThemeConfig = {
  token: {
    fontSize: 15,
    fontFamily: "'BLO Sans', 'BLO Khmer', 'Segoe UI', Arial, sans-serif",
    colorPrimary: '#1d4f91',
    colorText: '#1f1f1f',
    colorTextSecondary: '#4a4a4a',
    borderRadius: 4,
  },
};
