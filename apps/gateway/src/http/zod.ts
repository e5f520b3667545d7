import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { validate } from '@party/contracts';

/** Validates a body or query with a zod schema: a 400 naming each bad field, in Vietnamese and English. */
@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, _meta: ArgumentMetadata): z.infer<S> {
    return validate(this.schema, value ?? {});
  }
}

/** The OpenAPI schema of a zod schema, so the docs and the validation cannot drift apart. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

export const ApiZodBody = (schema: z.ZodType) => ApiBody({ schema: openApiSchema(schema) as never });

export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const decorators = Object.entries(schema.shape).map(([name, field]) =>
    ApiQuery({ name, required: !(field as z.ZodType).safeParse(undefined).success, schema: openApiSchema(field as z.ZodType) as never }),
  );
  return (target, key, descriptor) => {
    decorators.forEach((d) => d(target, key, descriptor));
  };
}
