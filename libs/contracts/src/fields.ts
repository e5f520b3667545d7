import { z } from 'zod';
import { bilingual } from './errors/validate';

/**
 * The text fields every command shares, with messages that name the field in both languages:
 * a required text (trimmed, not empty, at most `max` characters) and an optional one (empty = null).
 */
export const requiredText = (max: number, vi: string, en: string) =>
  z
    .string({ message: bilingual(`Vui lòng nhập ${vi}`, `${en} is required`) })
    .trim()
    .min(1, bilingual(`Vui lòng nhập ${vi}`, `${en} is required`))
    .max(max, bilingual(`${vi}: tối đa ${max} ký tự`, `${en}: at most ${max} characters`));

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
