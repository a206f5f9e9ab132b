using System.Diagnostics;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Hosting;

/// <summary>
/// The built bot started as an operator starts it (<c>dotnet TeamsBot.dll</c>) with only the given environment and
/// arguments, no <c>--urls</c> added: for tests about where it listens. Killed on dispose.
/// </summary>
internal sealed class RunningBot : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private RunningBot(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public static RunningBot Start(Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "TeamsBot.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Nothing inherited may say where to listen: the test's own environment decides.
        foreach (var key in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTP_PORTS" })
        {
            start.Environment.Remove(key);
        }

        start.Environment["Storage__ConnectionString"] = Azurite.ConnectionString;
        start.Environment["Storage__TablePrefix"] = "T" + Guid.NewGuid().ToString("N")[..16];
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var bot = new RunningBot(Process.Start(start)!);
        bot._process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>The answer to GET <paramref name="url"/> once the bot listens there; fails if it exits or never does.</summary>
    public async Task<HttpResponseMessage> GetWhenListeningAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(_process.HasExited, $"The bot exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}");
            try
            {
                return await http.GetAsync(url);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new Xunit.Sdk.XunitException($"The bot did not answer at {url} within 60 s:\n{Output}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }
}
