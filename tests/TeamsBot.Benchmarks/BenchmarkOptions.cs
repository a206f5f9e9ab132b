using System.Globalization;

namespace TeamsBot.Benchmarks;

/// <summary>What to run: how many counsellors check in, over how many duty channels, how many at a time.</summary>
public sealed record BenchmarkOptions(int Counsellors, int Concurrency, int Channels, int WarmUp, bool Bursts, int Forms = 50, int Sparring = 0, int SparringBurst = 20)
{
    public const string Usage =
        "usage: npm run bench -- [--counsellors N] [--concurrency C] [--channels K] [--warmup W] [--bursts] [--forms F] | [--sparring N [--sparring-burst B]]\n" +
        "  --counsellors N  distinct counsellors who each send one /checkin (default 500)\n" +
        "  --concurrency C  requests in flight at once (default 50)\n" +
        "  --channels K     duty channels the counsellors are spread over, each with its own board (default 10)\n" +
        "  --warmup W       check-ins in separate channels before measuring, so JIT and pools are warm (default 200)\n" +
        "  --bursts         C counsellors press at the same moment, burst after burst (a shift change), instead of C always in flight\n" +
        "  --forms F        counsellors who then submit a reflection form at the same moment (default 50; 0 skips it)\n" +
        "  --guidance       instead, alone: content reload of 2,000 files and search p99 over them (in process)\n" +
        "  --sparring N     instead: the sparring figures on a host with Sparring:AckTimeout 5 s: B requests at the same moment\n" +
        "                   (request -> supervisor's card), then N open requests (escalation lateness of the second step)\n" +
        "  --sparring-burst B  requests at the same moment for the first sparring figure (default 20)\n" +
        "  --help, -h       print this and exit\n" +
        CompareSdkOptions.Usage;

    /// <summary>True when asked for the usage (<c>--help</c>, <c>-h</c>): answered on standard output, not as an error.</summary>
    public static bool AsksForHelp(string[] args) => args.Any(a => a is "--help" or "-h");

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(Counsellors: 500, Concurrency: 50, Channels: 10, WarmUp: 200, Bursts: false);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--bursts")
            {
                options = options with { Bursts = true };
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : null;
            options = args[i] switch
            {
                "--counsellors" => options with { Counsellors = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--channels" => options with { Channels = Positive(args[i], value) },
                "--warmup" => options with { WarmUp = Positive(args[i], value, allowZero: true) },
                "--forms" => options with { Forms = Positive(args[i], value, allowZero: true) },
                "--sparring" => options with { Sparring = Positive(args[i], value) },
                "--sparring-burst" => options with { SparringBurst = Positive(args[i], value) },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
            i++;
        }

        if (options.Channels > options.Counsellors)
        {
            throw new ArgumentException("--channels cannot exceed --counsellors: every channel needs someone checking in");
        }

        return options;
    }

    /// <summary>A whole-number argument of 1 or more (0 or more with <paramref name="allowZero"/>); both benchmarks' options read theirs with it.</summary>
    internal static int Positive(string name, string? value, bool allowZero = false)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < (allowZero ? 0 : 1))
        {
            throw new ArgumentException($"{name} needs a whole number {(allowZero ? "of 0 or more" : "of 1 or more")}, not '{value}'");
        }

        return number;
    }
}
