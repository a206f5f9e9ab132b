using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Guidance;
using TeamsBot.Guidance.Content;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Guidance.Content;

/// <summary>What the content host tests share: a bot reading a test's own folder, with Cy as its coordinator.</summary>
public static class ContentHost
{
    public const string Coordinator = "29:cy";
    public const string ReportStart = "Vejledningsfilen ";
    public const string EnglishReportStart = "The guidance file ";

    public static BotFactory BotOn(ContentFiles files, string? tablePrefix = null, Dictionary<string, string?>? more = null)
    {
        Dictionary<string, string?> settings = new()
        {
            ["Guidance:ContentPath"] = files.Root,
            ["Guidance:Debounce"] = "00:00:00.050",
            ["Roles:Coordinators:0"] = Activities.EntraIdOf(Coordinator),
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new BotFactory(settings, tablePrefix: tablePrefix);
    }

    public static GuidanceSnapshot Content(this BotFactory bot) => bot.Services.GetRequiredService<IGuidanceDirectory>().Current;

    public static Task<ReloadOutcome?> ReloadNowAsync(this BotFactory bot) =>
        bot.Services.GetRequiredService<GuidanceContentReloader>().ReloadNowAsync(default);

    /// <summary>The coordinator writes to the bot once, so it knows their 1:1 chat (and their Teams language).</summary>
    public static Task MeetCoordinatorAsync(this BotFactory bot, string locale = "da-DK") =>
        bot.CreateClient().PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/hjælp", locale: locale));

    public static List<string> Reports(this BotFactory bot) =>
        [.. bot.Connector.PersonalMessages().Select(m => m.Text())
            .Where(t => t.StartsWith(ReportStart, StringComparison.Ordinal) || t.StartsWith(EnglishReportStart, StringComparison.Ordinal))];

    /// <summary>Waits (real time, at most 10 s) for something the background reloader does.</summary>
    public static async Task EventuallyAsync(Func<bool> done, Action? meanwhile = null)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException("The guidance content did not get there within 10 s.");
            }

            meanwhile?.Invoke();
            await Task.Delay(20);
        }
    }
}
