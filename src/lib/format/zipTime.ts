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
