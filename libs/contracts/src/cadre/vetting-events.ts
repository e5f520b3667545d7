// vetting events: filled by the vetting capability
export {};
