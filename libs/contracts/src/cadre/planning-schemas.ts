// planning schemas: filled by the planning capability
export {};
