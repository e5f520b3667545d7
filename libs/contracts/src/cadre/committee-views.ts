// committee views: filled by the committee capability
export {};
