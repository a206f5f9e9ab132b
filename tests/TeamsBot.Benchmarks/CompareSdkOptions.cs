namespace TeamsBot.Benchmarks;

/// <summary>What <c>--compare-sdk</c> runs: rounds of the same load against Microsoft's SDK echo bot and our host, then each flow's figures.</summary>
public sealed record CompareSdkOptions(
    int Requests = 1500, int Rounds = 3, int Concurrency = 50, int WarmUp = 600, int OneInFlight = 200,
    IReadOnlyList<string>? OursTexts = null, string SdkText = "hello", int Counsellors = 300, int Forms = 50, int SparringBurst = 20)
{
    public const string Usage =
        "   or: npm run bench -- --compare-sdk [--requests N] [--rounds R] [--concurrency C] [--warmup W] [--one-in-flight S] [--ours-text T]...\n" +
        "                       [--sdk-text T] [--counsellors N] [--forms F] [--sparring-burst B]\n" +
        "  --compare-sdk    Microsoft's Bot Builder JS SDK 4.23.3 echo bot (tests/sdk-echo) against our host, alternating rounds in one run,\n" +
        "                   then check-in, reflection submit and sparring request on the same host, and both processes' peak memory\n" +
        "  --requests N     channel messages per round and bot (default 1500)\n" +
        "  --rounds R       rounds per bot, alternating SDK, ours, SDK, ours... (default 3)\n" +
        "  --concurrency C  messages in flight (default 50)\n" +
        "  --warmup W       messages to each bot before measuring (default 600)\n" +
        "  --one-in-flight S  messages one at a time to each bot, for the one-in-flight p50 (default 200)\n" +
        "  --ours-text T    what ours is asked, after the @mention; repeat it to cycle through several (default /help)\n" +
        "  --sdk-text T     what the echo bot is sent (default hello)\n" +
        "  --counsellors N  first-time /checkin in 10 channels at C in flight, for the check-in figure (default 300; 0 skips the flows)\n" +
        "  --forms F        reflection forms submitted at the same moment (default 50)\n" +
        "  --sparring-burst B  sparring requests at the same moment (default 20)\n";

    public IReadOnlyList<string> OursTextsOrDefault => OursTexts is { Count: > 0 } texts ? texts : ["/help"];

    public static bool IsAsked(string[] args) => args.Contains("--compare-sdk");

    public static CompareSdkOptions Parse(string[] args)
    {
        var options = new CompareSdkOptions();
        List<string> oursTexts = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--compare-sdk")
            {
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : null;
            options = args[i] switch
            {
                "--requests" => options with { Requests = BenchmarkOptions.Positive(args[i], value) },
                "--rounds" => options with { Rounds = BenchmarkOptions.Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = BenchmarkOptions.Positive(args[i], value) },
                "--warmup" => options with { WarmUp = BenchmarkOptions.Positive(args[i], value, allowZero: true) },
                "--one-in-flight" => options with { OneInFlight = BenchmarkOptions.Positive(args[i], value) },
                "--ours-text" => Add(oursTexts, args[i], value, options),
                "--sdk-text" => options with { SdkText = Text(args[i], value) },
                "--counsellors" => options with { Counsellors = BenchmarkOptions.Positive(args[i], value, allowZero: true) },
                "--forms" => options with { Forms = BenchmarkOptions.Positive(args[i], value) },
                "--sparring-burst" => options with { SparringBurst = BenchmarkOptions.Positive(args[i], value) },
                _ => throw new ArgumentException($"unknown argument '{args[i]}' with --compare-sdk"),
            };
            i++;
        }

        if (options.Counsellors > 0 && options.Counsellors < Math.Max(options.Forms, 10))
        {
            throw new ArgumentException("--counsellors must be at least --forms and 10: the forms go to counsellors on duty, in 10 channels");
        }

        return options with { OursTexts = oursTexts.Count > 0 ? oursTexts : null };
    }

    private static CompareSdkOptions Add(List<string> texts, string name, string? value, CompareSdkOptions options)
    {
        texts.Add(Text(name, value));
        return options;
    }

    private static string Text(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) || value.StartsWith("--", StringComparison.Ordinal) ? throw new ArgumentException($"{name} needs a text, not '{value}'") : value;
}
