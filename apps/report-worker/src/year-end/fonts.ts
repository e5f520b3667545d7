import { readFileSync } from 'node:fs';

/**
 * Be Vietnam Pro (SIL Open Font License), from the `@expo-google-fonts/be-vietnam-pro` package:
 * the whole TrueType files, every Vietnamese letter and tone mark in one font (the web-font
 * packages split Vietnamese into a subset file of its own). Read from node_modules, never
 * downloaded at run time; the PDF embeds the glyphs it uses, the HTML the whole font.
 */
const file = (weight: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);

export const REPORT_FONTS = {
  regular: file('400Regular'),
  bold: file('700Bold'),
  italic: file('400Regular_Italic'),
} as const;

const cache = new Map<string, Buffer>();
export function fontBytes(which: keyof typeof REPORT_FONTS): Buffer {
  let bytes = cache.get(which);
  if (!bytes) cache.set(which, (bytes = readFileSync(REPORT_FONTS[which])));
  return bytes;
}
