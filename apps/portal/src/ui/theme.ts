import type { ThemeConfig } from 'antd';

/**
 * One look for every workspace. The red is the party's, dark enough for white text (contrast
 * 6,5:1); text never under 14 px and controls 36 px high, so targets stay above 32 px on a tablet.
 */
export const THEME: ThemeConfig = {
  cssVar: { key: 'duk' },
  token: {
    colorPrimary: '#a61d24',
    colorLink: '#a61d24',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    fontSize: 14,
    fontSizeSM: 14,
    controlHeight: 36,
    controlHeightSM: 32,
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Table: { cellFontSizeSM: 14, cellFontSize: 14 },
    Menu: { itemHeight: 40 },
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f6f5f2' },
  },
};
