/** Text a person typed, made literal inside a SQL `like` pattern (`%`, `_` and the escape character). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
