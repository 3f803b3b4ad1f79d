/** Full years between a birth date and a day, both YYYY-MM-DD (a birthday counts on the day). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day moved by a number of days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The earlier of two YYYY-MM-DD days. */
export function earlierDay(a: string, b: string): string {
  if (a <= b) return a;
  return b;
}

/** The later of two YYYY-MM-DD days. */
export function laterDay(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}
