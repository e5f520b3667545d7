// planning events: filled by the planning capability
export {};
