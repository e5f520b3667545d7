import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from '../http/zod-dto';
import { AuthenticatedRequest, CurrentPrincipal, Public } from '@party/auth';
import { API_TAGS, Principal } from '@party/contracts';
import { Answers } from '../http/answers';
import { ApiZodBody, ZodPipe } from '../http/zod';
import { currentUserSchema, LoginInput, loginSchema, logoutSchema, refreshSchema, tokenPairSchema } from './auth.schemas';
import { AuthService } from './auth.service';
import { LoginThrottled } from './login-rate-limit';

class TokenPair extends createZodDto(tokenPairSchema) {}
class CurrentUser extends createZodDto(currentUserSchema) {}
class LoggedOut extends createZodDto(logoutSchema) {}

@ApiTags(API_TAGS.auth)
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @LoginThrottled()
  @Post('login')
  @ApiOperation({
    summary: 'Đăng nhập / Log in',
    description:
      '5 failures in a row for a username from one address make that address wait before trying it again (423): 1 minute, twice as long after each further failure, ' +
      'at most 15 minutes. Other addresses are not delayed. Failures, waits and refused attempts are audited.',
  })
  @ApiZodBody(loginSchema)
  @Answers(200, TokenPair, 400, 401, 423, 429)
  login(@Body(new ZodPipe(loginSchema)) body: LoginInput, @Req() req: { ip?: string; socket?: { remoteAddress?: string } }) {
    return this.auth.login(body, req.ip ?? req.socket?.remoteAddress ?? 'unknown');
  }

  @Post('logout')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Đăng xuất / Log out', description: 'Ends this session: its refresh token and its access tokens are refused from the next request on. Other sessions of the user go on.' })
  @Answers(200, LoggedOut, 401)
  async logout(@Req() req: AuthenticatedRequest) {
    const claims = req.claims as NonNullable<AuthenticatedRequest['claims']>;
    await this.auth.logout(claims.sub, claims.sid);
    return { sessionEnded: true as const };
  }

  @Public()
  @LoginThrottled()
  @Post('refresh')
  @ApiOperation({ summary: 'Gia hạn phiên / Rotate the refresh token' })
  @ApiZodBody(refreshSchema)
  @Answers(200, TokenPair, 400, 401, 429)
  refresh(@Body(new ZodPipe(refreshSchema)) body: { refreshToken: string }) {
    return this.auth.refresh(body.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người dùng hiện tại / The current user, roles and permissions' })
  @Answers(200, CurrentUser, 401)
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal.userId);
  }
}
