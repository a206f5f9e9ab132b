using System.Globalization;

namespace TeamsBot.Benchmarks;

/// <summary>A process's peak resident memory (VmHWM in /proc/[pid]/status), in bytes; null where /proc is not available.</summary>
public static class PeakMemory
{
    public static long? ResidentBytes(int pid)
    {
        var status = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    public static string Describe(long? bytes) => bytes is { } b ? $"{b / 1024.0 / 1024.0:F1} MB" : "not available";
}
