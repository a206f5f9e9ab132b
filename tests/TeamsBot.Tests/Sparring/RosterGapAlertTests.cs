using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RosterHost;

namespace TeamsBot.Tests.Sparring;

/// <summary>
/// When someone checks in and nobody is on call, the coordinators get one 1:1 alert per gap, also with two bots on one
/// storage. Tuesday 24 November 2026, 17.00 in Copenhagen.
/// </summary>
public sealed class RosterGapAlertTests : IDisposable
{
    private const string AlertStart = "Ingen bagvagt lige nu:";
    private readonly BotFactory _bot = new(CoordinatorSettings());
    private readonly HttpClient _client;

    public RosterGapAlertTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private static async Task RosterAsync(BotFactory bot, HttpClient client, params WeeklySlot[] slots)
    {
        await client.InstallAsync();
        foreach (var slot in slots)
        {
            await bot.Services.GetRequiredService<IRosterStore>().AddSlotAsync(Activities.TeamId, slot, default);
        }
    }

    private static List<string> Alerts(BotFactory bot) =>
        [.. bot.Connector.PersonalMessages().Select(m => m.Text()).Where(t => t.StartsWith(AlertStart, StringComparison.Ordinal))];

    [Fact]
    public async Task CheckIn_NobodyOnCall_CoordinatorAlertedOnceForTwoCheckInsInTheSameGap()
    {
        await RosterAsync(_bot, _client, Slot(DayOfWeek.Tuesday, 19, 23, Anna));

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        var alert = Assert.Single(Alerts(_bot));
        Assert.Equal("Ingen bagvagt lige nu: Eva Berg har tjekket ind i vagtkanalen, og der er ingen bagvagt før 19.00. Sæt en bagvagt på med /bagvagt.", alert);
        Assert.Single(await _bot.StoredEntitiesAsync(SparringFeature.RostersTable), e => e.RowKey.StartsWith("gap|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckIn_InALaterGap_AlertedAgain()
    {
        await RosterAsync(_bot, _client, Slot(DayOfWeek.Tuesday, 18, 19, Anna));
        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(2.5));

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:di", "Di Holm", "/checkin"));

        Assert.Equal(2, Alerts(_bot).Count);
        Assert.Contains("Bo Hansen", Alerts(_bot)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_SomeoneOnCall_NoAlert()
    {
        await RosterAsync(_bot, _client, Slot(DayOfWeek.Tuesday, 16, 23, Anna));

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));

        Assert.Empty(Alerts(_bot));
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync(SparringFeature.RostersTable), e => e.RowKey.StartsWith("gap|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckIn_TwoBotsOnOneStorageAtTheSameMoment_OneAlertBetweenThem()
    {
        await RosterAsync(_bot, _client, Slot(DayOfWeek.Wednesday, 8, 16, Anna));
        using var second = new BotFactory(CoordinatorSettings(), tablePrefix: _bot.TablePrefix);
        second.Time.SetUtcNow(_bot.Time.GetUtcNow());
        var secondClient = second.CreateClient();
        await secondClient.PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", "/hjælp")); // The second bot is up.

        await Task.WhenAll(
            _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin")),
            secondClient.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin")));

        Assert.Single([.. Alerts(_bot), .. Alerts(second)]);
    }

    [Fact]
    public async Task CheckIn_NobodyOnCallAndNoCoordinatorConfigured_Logged()
    {
        using var bot = new BotFactory(environment: "Production"); // Development configures an example coordinator.
        var client = bot.CreateClient();
        await RosterAsync(bot, client, Slot(DayOfWeek.Wednesday, 8, 16, Anna));

        await client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));

        Assert.Contains(bot.Logs.Lines, l => l.EventId == 2404 && l.Message.Contains(Activities.TeamId, StringComparison.Ordinal));
        Assert.Empty(Alerts(bot));
    }
}
