using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Benchmarks;

/// <summary>
/// <c>npm run bench -- --compare-sdk</c> cannot rot unseen: its options are parsed, Microsoft's SDK echo bot
/// (tests/sdk-echo/echo-bot.mjs, botbuilder from node_modules) answers a message with a card at a connector, and a
/// tiny comparison runs end to end. No speed is checked here.
/// </summary>
public sealed class CompareSdkTests
{
    private static string Configuration =>
        typeof(CompareSdkTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static string BenchmarkDll => RepoPaths.InRepo("tests", "TeamsBot.Benchmarks", "bin", Configuration, "net10.0", "TeamsBot.Benchmarks.dll");

    [Theory]
    [InlineData("--requests", "many", "--requests needs a whole number of 1 or more, not 'many'")]
    [InlineData("--ours-text", "--rounds", "--ours-text needs a text, not '--rounds'")]
    [InlineData("--bursts", null, "unknown argument '--bursts' with --compare-sdk")]
    public async Task CompareSdk_BadArgument_ExitsWithItsMessageAndUsage(string name, string? value, string message)
    {
        string[] arguments = value is null ? ["--compare-sdk", name] : ["--compare-sdk", name, value];

        var (exitCode, stdout, stderr) = await RunBenchmarkAsync(arguments, TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Contains("--compare-sdk", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Compared with Microsoft's SDK", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheSdkComparisonAndItsOptions()
    {
        var (exitCode, stdout, _) = await RunBenchmarkAsync(["--help"], TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
        Assert.Contains("npm run bench -- --compare-sdk", stdout, StringComparison.Ordinal);
        Assert.Contains("--ours-text T", stdout, StringComparison.Ordinal);
        Assert.Contains("--one-in-flight S", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EchoBot_OneMessage_AnswersWithACardAtTheConnector()
    {
        using var connector = new HttpListener();
        var connectorPort = Azurite.FreePort();
        connector.Prefixes.Add($"http://127.0.0.1:{connectorPort}/");
        connector.Start();
        var botPort = Azurite.FreePort();
        using var echo = Process.Start(new ProcessStartInfo("node", [RepoPaths.InRepo("tests", "sdk-echo", "echo-bot.mjs"), botPort.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.InRepo(),
        })!;
        try
        {
            var errors = echo.StandardError.ReadToEndAsync();
            var listening = await echo.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            if (listening != $"listening on {botPort}")
            {
                echo.Kill(entireProcessTree: true);
                Assert.Fail($"The echo bot did not start: {listening}\n{await errors}");
            }

            var reply = connector.GetContextAsync();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var activity = $$"""
                {"type":"message","id":"m1","serviceUrl":"http://127.0.0.1:{{connectorPort}}/","channelId":"msteams",
                 "from":{"id":"29:reader"},"recipient":{"id":"28:bot"},"conversation":{"id":"19:c@thread.tacv2;messageid=p1"},"text":"hello"}
                """;

            // The SDK answers the POST only once the connector has answered its reply, so the connector answers first.
            var post = http.PostAsync(new Uri($"http://127.0.0.1:{botPort}/api/messages"), new StringContent(activity, Encoding.UTF8, "application/json"));
            var context = await reply.WaitAsync(TimeSpan.FromSeconds(10));
            var body = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
            context.Response.StatusCode = 201;
            context.Response.Close(Encoding.UTF8.GetBytes("""{"id":"r1"}"""), willBlock: false);
            using var posted = await post;

            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Equal("/v3/conversations/19%3Ac%40thread.tacv2%3Bmessageid%3Dp1/activities/m1", context.Request.RawUrl);
            Assert.Contains("\"contentType\":\"application/vnd.microsoft.card.adaptive\"", body, StringComparison.Ordinal);
            Assert.Contains("You said: hello", body, StringComparison.Ordinal);
        }
        finally
        {
            echo.Kill(entireProcessTree: true);
            await echo.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task CompareSdk_TinyRun_PrintsTheTableAndEachFlowWithoutErrors()
    {
        string[] arguments = ["--compare-sdk", "--requests", "20", "--rounds", "1", "--warmup", "10", "--one-in-flight", "5",
            "--counsellors", "10", "--forms", "2", "--sparring-burst", "2"];

        var (exitCode, stdout, stderr) = await RunBenchmarkAsync(arguments, TimeSpan.FromSeconds(150));

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Contains("| throughput (rounds) |", stdout, StringComparison.Ordinal);
        Assert.Contains("| one in flight, p50 |", stdout, StringComparison.Ordinal);
        Assert.Contains("errors: 0 SDK and 0 ours not answered 200 or never at the connector; 70 card answers in all; 0 unexpected connector calls", stdout, StringComparison.Ordinal);
        Assert.Contains("check-in -> board update at connector (10 first-time, 50 in flight): p50", stdout, StringComparison.Ordinal);
        Assert.Contains("reflection submit -> answer (2 at the same moment, sparring need: none): p50", stdout, StringComparison.Ordinal);
        Assert.Contains("sparring request -> supervisor's card at connector (2 at the same moment): p50", stdout, StringComparison.Ordinal);
        Assert.Matches(@"peak memory \(VmHWM, whole run incl\. warm-up\): ours \d+\.\d MB \(target <= 200 MB\), SDK echo bot \d+\.\d MB", stdout);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunBenchmarkAsync(string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", [BenchmarkDll, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Reuse the test run's Azurite rather than starting another.
        start.Environment["AZURITE_CONNECTION_STRING"] = Azurite.ConnectionString;
        using var process = Process.Start(start)!;
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var texts = await output;
        return (process.ExitCode, texts[0], texts[1]);
    }
}
