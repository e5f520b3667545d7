import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public } from '@party/auth';
import type { Principal } from '@party/contracts';
import { ApiZodBody, openApiSchema, ZodPipe } from '../http/zod';
import { LoginInput, loginSchema, refreshSchema, tokenPairSchema } from './auth.schemas';
import { AuthService } from './auth.service';
import { LoginThrottled } from './login-rate-limit';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @LoginThrottled()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập / Log in', description: '5 failures in a row lock the username for 15 minutes (423).' })
  @ApiZodBody(loginSchema)
  @ApiOkResponse({ schema: openApiSchema(tokenPairSchema) as never })
  login(@Body(new ZodPipe(loginSchema)) body: LoginInput) {
    return this.auth.login(body);
  }

  @Public()
  @LoginThrottled()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gia hạn phiên / Rotate the refresh token' })
  @ApiZodBody(refreshSchema)
  @ApiOkResponse({ schema: openApiSchema(tokenPairSchema) as never })
  refresh(@Body(new ZodPipe(refreshSchema)) body: { refreshToken: string }) {
    return this.auth.refresh(body.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người dùng hiện tại / The current user, roles and permissions' })
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal.userId);
  }
}
