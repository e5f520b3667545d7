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
    // Ant Design's defaults for these (25–45 % black, #ff4d4f) fall under WCAG's 4,5:1; axe-core
    // checks every main page in the end-to-end run.
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorError: '#c0262d',
    fontSize: 14,
    fontSizeSM: 14,
    controlHeight: 36,
    controlHeightSM: 32,
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Table: { cellFontSizeSM: 14, cellFontSize: 14 },
    // A coloured tag writes its text in the colour's 7th shade on its 1st: Ant Design's green, gold,
    // orange, volcano and cyan 7 fall under 4,5:1 there (green 3,4:1 on the member's status). The
    // first darker shade of each that reaches AA, for tags only.
    Tag: { green7: '#237804', gold7: '#874d00', orange7: '#ad4e00', volcano7: '#ad2102', cyan7: '#006d75' },
    Menu: { itemHeight: 40 },
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f6f5f2' },
  },
};
