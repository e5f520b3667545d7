// committee events: filled by the committee capability
export {};
