import { createZodDto as libraryZodDto } from 'nestjs-zod';
import { z } from 'zod';

type Properties = Record<string, { type?: unknown; nullable?: boolean }>;
interface MetadataFactory {
  _OPENAPI_METADATA_FACTORY(): Properties;
}

/**
 * nestjs-zod 5.5 hands `@nestjs/swagger` a top-level property whose JSON-schema `type` is a list
 * (`['string', 'null']`, what zod ≥ 4.5 writes for a bare nullable) and swagger reads the list as
 * an array of strings (nestjs-zod issue #473). One type plus `nullable` is what OpenAPI 3.0 means.
 */
function fixNullableTypes(properties: Properties): Properties {
  for (const p of Object.values(properties)) {
    if (!Array.isArray(p.type)) continue;
    const types = p.type.filter((t) => t !== 'null');
    if (types.length !== 1) continue;
    const nullable = types.length < p.type.length;
    p.type = types[0];
    if (nullable) p.nullable = true;
  }
  return properties;
}

/**
 * A schema with `.meta({ id })` that is a DTO's whole body is written twice by nestjs-zod (the DTO
 * and the component) and `cleanupOpenApiDoc` refuses the duplicate: the DTO takes an unnamed copy,
 * the id stays on the nested uses.
 */
function unnamed<S extends z.ZodType>(schema: S): S {
  const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
  if (!id || !(schema instanceof z.ZodObject)) return schema;
  try {
    return schema.extend({}) as unknown as S;
  } catch {
    return schema; // zod refuses to extend a refined object: such a schema must not carry an id at the top
  }
}

/** `createZodDto` of nestjs-zod, with the nullable-type fix on the input and the `Output` classes. */
export function createZodDto<S extends z.ZodType>(schema: S) {
  const Base = libraryZodDto(unnamed(schema) as never) as unknown as ReturnType<typeof libraryZodDto<S>> & MetadataFactory & { Output: MetadataFactory & (new () => object) };
  const Fixed = class extends (Base as unknown as new () => object) {
    static _OPENAPI_METADATA_FACTORY(): Properties {
      return fixNullableTypes(Base._OPENAPI_METADATA_FACTORY.call(this));
    }

    static get Output() {
      const Out = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Fixed), 'Output')?.get?.call(this) as MetadataFactory & (new () => object) & { name: string };
      const FixedOut = class extends Out {
        static override _OPENAPI_METADATA_FACTORY(): Properties {
          return fixNullableTypes(Out._OPENAPI_METADATA_FACTORY.call(this));
        }
      };
      Object.defineProperty(FixedOut, 'name', { value: Out.name });
      return FixedOut;
    }
  };
  return Fixed as unknown as typeof Base;
}

/** A DTO class under its own OpenAPI name (the schema's component); `.Output` for an answer. */
export function namedZodDto(schema: z.ZodType, name: string): { new (): object; Output: new () => object } {
  const cls = class extends (createZodDto(schema) as unknown as new () => object) {};
  Object.defineProperty(cls, 'name', { value: name });
  return cls as unknown as { new (): object; Output: new () => object };
}
