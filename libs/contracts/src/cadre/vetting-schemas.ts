// vetting schemas: filled by the vetting capability
export {};
