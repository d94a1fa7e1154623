/**
 * The `mtime` to give fflate for a zip entry dated `date`. Zip times are local wall-clock fields
 * (MS-DOS date and time); fflate fills them from a Date's local fields, so a Date whose local
 * fields are `date`'s UTC fields writes the same bytes in every time zone.
 */
export function zipTime(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Dates every entry of a zip file `date`, in place: the MS-DOS time and date fields of its local
 * and central headers (fixed-size fields, so nothing else moves), as fflate writes them for
 * `zipTime(date)`. A writer that stamps the clock's time then gives the same bytes in every build,
 * without inflating and deflating the entries again. Throws on what is not a plain zip file.
 */
export function dateZipEntries(zip: Uint8Array, date: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const year = date.getUTCFullYear();
  if (year < 1980 || year > 2099) throw new Error(`zip: ${year} is outside the MS-DOS date range`);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  // The end record is the last 22 bytes when there is no comment, as writers of generated files leave it.
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) throw new Error('zip: no end of central directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error(`zip: entry ${i + 1} has no central header`);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`zip: entry ${i + 1} has no local header`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
