import { inflateRawSync } from 'node:zlib';
import { DomainError } from '@party/contracts';

/**
 * How much an uploaded .xlsx may hold once unzipped. A 9,000-row roster is about 8 MB of sheet
 * XML; a file of 20 MB (the upload limit) that inflates past this is a zip bomb, not a roster.
 */
export const WORKBOOK_MAX_INFLATED_BYTES = 50 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

class Refused extends Error {}

/**
 * Refuses (422 under `field`) an .xlsx that would unzip to more than `maxBytes`, before exceljs or
 * anything else inflates it: the sizes the zip's central directory declares are added up first,
 * then each entry is inflated with the remaining budget as its output limit, so a directory that
 * lies about its sizes is caught too — without ever holding more than the budget in memory.
 */
export function assertWorkbookInflatesWithin(bytes: Buffer, field: string, maxBytes = WORKBOOK_MAX_INFLATED_BYTES): void {
  inflateWorkbook(bytes, field, maxBytes);
}

/**
 * The same check, answering what it inflated: every part of the workbook by its path in the zip
 * (`xl/worksheets/sheet1.xml`), so a reader need not inflate them again.
 */
export function inflateWorkbook(bytes: Buffer, field: string, maxBytes = WORKBOOK_MAX_INFLATED_BYTES): Map<string, Buffer> {
  try {
    return checkInflation(bytes, maxBytes);
  } catch (err) {
    const mb = Math.round(maxBytes / 1024 / 1024);
    if (err instanceof Refused) {
      const vi = `Tệp Excel khi giải nén vượt quá ${mb} MB (${err.message}): không phải một danh sách bình thường, hãy kiểm tra lại tệp`;
      const en = `The workbook would unzip to more than ${mb} MB (${err.message}): not an ordinary sheet, check the file`;
      throw DomainError.rule({ vi, en }, undefined, [{ field, vi, en }]);
    }
    const vi = 'Không đọc được tệp Excel (tệp nén hỏng)';
    const en = 'The workbook cannot be read (broken zip)';
    throw DomainError.rule({ vi, en }, undefined, [{ field, vi, en }]);
  }
}

function checkInflation(bytes: Buffer, maxBytes: number): Map<string, Buffer> {
  const eocd = findEndOfCentralDirectory(bytes);
  const entries = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  // zip64 markers: no spreadsheet of 20 MB needs them
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff || cdOffset + cdSize > bytes.length) throw new Error('zip64 or a directory outside the file');

  const declared: { name: string; method: number; compressed: number; size: number; local: number }[] = [];
  let total = 0;
  for (let i = 0, p = cdOffset; i < entries; i++) {
    if (bytes.readUInt32LE(p) !== CENTRAL) throw new Error('bad directory entry');
    const entry = { name: bytes.toString('utf8', p + 46, p + 46 + bytes.readUInt16LE(p + 28)), method: bytes.readUInt16LE(p + 10), compressed: bytes.readUInt32LE(p + 20), size: bytes.readUInt32LE(p + 24), local: bytes.readUInt32LE(p + 42) };
    total += entry.size;
    if (entry.size === 0xffffffff || total > maxBytes) throw new Refused(`${Math.round(total / 1024 / 1024)} MB declared`);
    declared.push(entry);
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }

  let inflated = 0;
  const parts = new Map<string, Buffer>();
  for (const e of declared) {
    if (bytes.readUInt32LE(e.local) !== LOCAL) throw new Error('bad local header');
    const start = e.local + 30 + bytes.readUInt16LE(e.local + 26) + bytes.readUInt16LE(e.local + 28);
    const data = bytes.subarray(start, start + e.compressed);
    let part: Buffer;
    if (e.method === 0) part = data;
    else if (e.method === 8) {
      try {
        part = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes - inflated) });
      } catch (err) {
        if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Refused('more than its directory declares');
        throw err;
      }
    } else throw new Error(`compression method ${e.method}`);
    inflated += part.length;
    if (inflated > maxBytes) throw new Refused('more than its directory declares');
    parts.set(e.name, part);
  }
  return parts;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // the record is 22 bytes, followed by a comment of at most 65,535
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 65_535); p--) if (bytes.readUInt32LE(p) === EOCD) return p;
  throw new Error('no end of central directory');
}
