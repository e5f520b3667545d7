// The real gateway for other projects' tests (services test their HTTP story behind it).
// Imported as `@party/gateway/testing`, the one app entry point test files may import.
export * from './gateway-harness';
export * from './world';
export * from './stack';
