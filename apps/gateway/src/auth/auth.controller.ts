import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from '../http/zod-dto';
import { CurrentPrincipal, Public } from '@party/auth';
import { API_TAGS, Principal } from '@party/contracts';
import { Answers } from '../http/answers';
import { ApiZodBody, ZodPipe } from '../http/zod';
import { currentUserSchema, LoginInput, loginSchema, refreshSchema, tokenPairSchema } from './auth.schemas';
import { AuthService } from './auth.service';
import { LoginThrottled } from './login-rate-limit';

class TokenPair extends createZodDto(tokenPairSchema) {}
class CurrentUser extends createZodDto(currentUserSchema) {}

@ApiTags(API_TAGS.auth)
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @LoginThrottled()
  @Post('login')
  @ApiOperation({ summary: 'Đăng nhập / Log in', description: '5 failures in a row lock the username for 15 minutes (423).' })
  @ApiZodBody(loginSchema)
  @Answers(200, TokenPair, 400, 401, 423, 429)
  login(@Body(new ZodPipe(loginSchema)) body: LoginInput) {
    return this.auth.login(body);
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
