import { z } from 'zod';
import { bilingual, PERMISSIONS } from '@party/contracts';
import { userSchema } from '../users/users.schemas';

export const loginSchema = z.object({
  username: z.string().trim().min(1, bilingual('Vui lòng nhập tên đăng nhập', 'Username is required')).max(64),
  password: z.string().min(1, bilingual('Vui lòng nhập mật khẩu', 'Password is required')).max(256),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const refreshSchema = z.object({
  refreshToken: z.string().min(10, bilingual('Thiếu refresh token', 'refreshToken is required')).max(512),
});

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int().describe('seconds until the access token expires'),
  tokenType: z.literal('Bearer'),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

/** What logout answers: this session is over (its access and refresh tokens are refused from now on). */
export const logoutSchema = z.object({ sessionEnded: z.literal(true) });

/** The signed-in user with what their roles allow (the portal shows and hides by it). */
export const currentUserSchema = userSchema.extend({ permissions: z.array(z.enum(PERMISSIONS)) });
