import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { API_TAGS } from '@party/contracts';

/**
 * The gateway's OpenAPI document: every declared route (through nestjs-zod) and the hand-written
 * ones. The same function serves `/api/docs-json`, writes the committed `openapi.json`
 * (`npm run openapi`) and is compared with it in a test, so the file cannot drift from the code.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Đảng ủy Khối — API công tác tổ chức, kiểm tra')
    .setDescription(
      'API of the organization and inspection work of a bloc Party Committee. Log in with `POST /api/auth/login`, ' +
        'then send `Authorization: Bearer <accessToken>`. Errors are `{code, message: {vi, en}, fields?}`. ' +
        'Lists answer `{items, total, page, pageSize}` and take `page`, `pageSize`, `sort`, `order`; creates answer `{id}`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth();
  for (const name of Object.values(API_TAGS)) builder.addTag(name);
  const raw = SwaggerModule.createDocument(app, builder.build(), { autoTagControllers: false, operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  return dropOutputSuffix(cleanupOpenApiDoc(raw));
}

/**
 * nestjs-zod names a response schema `X_Output` so it never collides with an input `X`; where no
 * input `X` exists the plain name reads better in the docs and the generated client.
 */
function dropOutputSuffix(doc: OpenAPIObject): OpenAPIObject {
  const schemas = doc.components?.schemas ?? {};
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    const plain = name.replace(/_Output$/, '');
    if (plain !== name && !(plain in schemas)) renames.set(name, plain);
  }
  if (!renames.size) return doc;
  let text = JSON.stringify(doc);
  for (const [from, to] of renames) text = text.split(`"#/components/schemas/${from}"`).join(`"#/components/schemas/${to}"`);
  const out = JSON.parse(text) as OpenAPIObject;
  const renamed: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(out.components?.schemas ?? {})) renamed[renames.get(name) ?? name] = schema;
  (out.components as { schemas: unknown }).schemas = renamed;
  return out;
}
