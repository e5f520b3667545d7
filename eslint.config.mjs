// Module boundaries are the architecture: a service never imports another service,
// contracts and the portal never import Nest or MikroORM (ARCHITECTURE.md, "Shape").
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const DEP_CONSTRAINTS = [
  // platform libs may depend only on other platform libs
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib'] },
  // shared contracts stay framework-free: usable by every service, the portal and tools
  {
    sourceTag: 'scope:shared',
    onlyDependOnLibsWithTags: ['scope:shared'],
    bannedExternalImports: ['@nestjs/*', '@mikro-orm/*', 'bullmq', 'nats', 'express'],
  },
  {
    sourceTag: 'scope:frontend',
    onlyDependOnLibsWithTags: ['scope:shared'],
    bannedExternalImports: ['@nestjs/*', '@mikro-orm/*', 'bullmq', 'nats', 'ioredis', 'pg'],
  },
  { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:shared', 'scope:backend'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:backend'] },
];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/.nx', '**/coverage', '**/tmp', '**/migrations/.snapshot-*.json'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: DEP_CONSTRAINTS,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Test files may boot the real gateway in front of the service under test — through this one
    // entry point only, as may the stacks a service's specs share (its `src/testing/`). Production
    // code stays bound by the rules above.
    files: ['**/*.spec.ts', 'apps/*/src/testing/*.ts', 'tools/e2e/src/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['@party/gateway/testing'],
          depConstraints: DEP_CONSTRAINTS,
        },
      ],
    },
  },
];
