import { z } from 'zod';
import { bilingual } from '../errors/validate';

/** Path parameters of training's routes (named as in the URL: `classes/:id`, `enrollments/:id`). */
export const classParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã lớp không hợp lệ', 'Invalid class id') }) });
export const enrollmentParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã ghi danh không hợp lệ', 'Invalid enrollment id') }) });
export const uploadId = z.uuid({ message: bilingual('Mã tệp tải lên không hợp lệ', 'Invalid upload id') });
export const classUploadParams = classParams.extend({ uploadId });

/** A list narrowed to an organization and its subtree (membership's id, as training records it). */
export const orgFilter = z.string().trim().min(1).max(64).optional();
