// vetting views: filled by the vetting capability
export {};
