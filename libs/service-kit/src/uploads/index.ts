export * from './staged-upload.entity';
export * from './upload-staging';
export * from './upload-staging.controller';
export * from './workbook-inflation';
