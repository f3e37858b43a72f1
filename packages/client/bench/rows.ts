/** One measurement, as the root `pnpm bench` collects them from `bench-results.json`. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  notes?: string;
}
