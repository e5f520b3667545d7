// committee schemas: filled by the committee capability
export {};
