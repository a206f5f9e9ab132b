namespace TeamsBot.Benchmarks;

/// <summary>Nearest-rank percentiles of latencies in milliseconds.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Describe(IReadOnlyCollection<double> values) => values.Count == 0
        ? "no samples"
        : $"p50 {Of(values, 0.50),6:F1} ms  p90 {Of(values, 0.90),6:F1} ms  p99 {Of(values, 0.99),6:F1} ms  max {values.Max(),6:F1} ms";
}
