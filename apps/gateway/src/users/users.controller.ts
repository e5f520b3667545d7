import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from '../http/zod-dto';
import { CurrentPrincipal, RequirePermissions } from '@party/auth';
import { API_TAGS, DomainError, Principal } from '@party/contracts';
import { Answers } from '../http/answers';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { CreateUserInput, createUserSchema, ListUsersInput, listUsersSchema, UpdateUserInput, updateUserSchema, userSchema, usersPageSchema } from './users.schemas';
import { UsersService } from './users.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã người dùng không hợp lệ', en: 'Invalid user id' }]),
});

class User extends createZodDto(userSchema) {}
class UsersPage extends createZodDto(usersPageSchema) {}

@ApiTags(API_TAGS.admin)
@ApiBearerAuth()
@RequirePermissions('users:manage')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách người dùng / List users' })
  @ApiZodQuery(listUsersSchema)
  @Answers(200, UsersPage, 400, 401, 403)
  list(@Query(new ZodPipe(listUsersSchema)) query: ListUsersInput) {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một người dùng / One user', description: 'What the edit form opens with, on a direct link too.' })
  @Answers(200, User, 400, 401, 403, 404)
  get(@Param('id', uuid) id: string) {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Tạo người dùng / Create a user' })
  @ApiZodBody(createUserSchema)
  @Answers(201, User, 400, 401, 403, 409)
  create(@Body(new ZodPipe(createUserSchema)) body: CreateUserInput, @CurrentPrincipal() actor: Principal) {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Sửa người dùng, vai trò, khóa / Update a user, roles, deactivate' })
  @ApiZodBody(updateUserSchema)
  @Answers(200, User, 400, 401, 403, 404, 422)
  update(@Param('id', uuid) id: string, @Body(new ZodPipe(updateUserSchema)) body: UpdateUserInput, @CurrentPrincipal() actor: Principal) {
    return this.users.update(id, body, actor);
  }

  @Post(':id/unlock')
  @ApiOperation({
    summary: 'Mở khóa tài khoản bị tạm khóa do đăng nhập sai / Unlock an account locked after failed logins',
    description: 'Ends the lock now and starts the failure count again; an account that is not locked answers the same.',
  })
  @Answers(200, User, 400, 401, 403, 404)
  unlock(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal) {
    return this.users.unlock(id, actor);
  }
}
