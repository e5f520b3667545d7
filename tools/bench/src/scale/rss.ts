import { readFileSync } from 'node:fs';

/** A process's peak resident set (VmHWM), in MiB; null when it is gone or the system has no /proc. */
export function peakRssMiB(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time a process has used so far (user + system), in ms: per request, the cost a busy machine does not distort. */
export function cpuMs(pid: number): number {
  try {
    // fields after the command name's closing parenthesis: utime and stime are the 12th and 13th, in ticks of 10 ms
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
