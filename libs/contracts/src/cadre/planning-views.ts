// planning views: filled by the planning capability
export {};
