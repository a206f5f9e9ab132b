using System.Text.RegularExpressions;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>A seeded corpus of malformed activities through the real host: never a 5xx, never a connector call off its path.</summary>
public sealed partial class HostileInputFuzzTests : IDisposable
{
    private const int Seed = 20261126;
    private const int Count = 300;

    // The connector paths the bot means: a conversation (created, or by its escaped id) and its activities or members.
    [GeneratedRegex(@"^/_connector/v3/conversations(/(?!\.\.?/)[^/]+/(activities(/(?!\.\.?$)[^/]+)?|members/[^/]+|pagedmembers))?$")]
    private static partial Regex ExpectedPath();

    private readonly BotFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task PostAsync_SeededHostileCorpus_NoServerErrorAndNoCallOffItsPath()
    {
        var client = _bot.CreateClient();
        var serverErrors = new List<string>();

        foreach (var activity in HostileCorpus.Generate(Seed, Count))
        {
            var response = await client.PostAsync(activity);
            // 501 is the protocol's answer to an invoke nobody handles (its name mutated), not a failure.
            var unhandledInvoke = (int)response.StatusCode == 501 && activity["name"]?.ToString() != "adaptiveCard/action";
            if ((int)response.StatusCode >= 500 && !unhandledInvoke)
            {
                serverErrors.Add($"{(int)response.StatusCode}: {activity.ToJsonString()[..Math.Min(400, activity.ToJsonString().Length)]}");
            }
        }

        Assert.Empty(serverErrors);
        Assert.All(_bot.Connector.Requests, r => Assert.Matches(ExpectedPath(), r.Uri.AbsolutePath));
        Assert.NotEmpty(_bot.Connector.Requests);
    }
}
