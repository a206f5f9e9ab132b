using System.Globalization;

namespace TeamsBot.Benchmarks;

/// <summary>
/// The Azurite process behind a connection string, found in /proc, so its CPU time can be reported beside the
/// host's: on a small machine the storage emulator is often what a turn waits for.
/// </summary>
public sealed class StorageProcess(int pid)
{
    public static StorageProcess? Find(string connectionString)
    {
        var port = TeamsBot.Tests.Infrastructure.Azurite.PortOf(connectionString)?.ToString(CultureInfo.InvariantCulture);
        if (port is null || !Directory.Exists("/proc"))
        {
            return null;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                var portAt = Array.IndexOf(args, "--tablePort");
                if (args.Any(a => a.Contains("azurite", StringComparison.Ordinal)) && portAt >= 0 && portAt + 1 < args.Length && args[portAt + 1] == port)
                {
                    return new StorageProcess(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return null;
    }

    /// <summary>User plus system CPU time so far, from /proc/[pid]/stat (clock ticks of 10 ms).</summary>
    public TimeSpan? CpuTime()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // Fields after the command name, which is in parentheses and may contain spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
