using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.DueWork;
using TeamsBot.Reflections;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Reflections.ReflectionHost;

namespace TeamsBot.Tests.Reflections;

/// <summary>
/// The one gentle reminder of an unfinished form, as the host runs it: due work on the fake clock (the test runs the
/// due-work pass itself, as the reconcile timer would), real Azurite, the recording connector.
/// </summary>
public sealed class ReflectionReminderTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public ReflectionReminderTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private static Task RunDueWorkAsync(BotFactory bot) => bot.Services.GetRequiredService<DueWorkRunner>().ReconcileAsync(default);

    private static List<JsonObject> Reminders(BotFactory bot) =>
        [.. bot.Connector.PersonalMessages().Select(m => m.Json?["attachments"] is null ? null : m.Card())
            .OfType<JsonObject>().Where(c => c.AllText().Contains("påmindelse", StringComparison.Ordinal) || c.AllText().Contains("reminder", StringComparison.Ordinal))];

    /// <summary>Moves the fake clock to a Copenhagen wall-clock time (November: UTC+1) on the test's day or a later one.</summary>
    private void AdvanceTo(int day, int hour, int minute) =>
        _bot.Time.Advance(new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(1)) - _bot.Time.GetUtcNow());

    [Fact]
    public async Task Reminder_FormLeftUnfinished_ComesOnceAfterThirtyMinutesWithAButtonThatOpensIt()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId(); // 17.00 in Copenhagen.
        _bot.Time.Advance(TimeSpan.FromMinutes(29));
        await RunDueWorkAsync(_bot);
        Assert.Empty(Reminders(_bot));

        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        await RunDueWorkAsync(_bot);
        _bot.Time.Advance(TimeSpan.FromHours(3));
        await RunDueWorkAsync(_bot);
        // The same item run again (as after a crash between sending and finishing it): the row says it was sent.
        await _bot.Services.GetRequiredService<IDueWork>().ScheduleAsync(ReflectionReminders.WorkKind, formId, _bot.Time.GetUtcNow(), Anna, default);
        await RunDueWorkAsync(_bot);

        var reminder = Assert.Single(Reminders(_bot));
        Assert.Contains("Refleksionen efter samtalen, der sluttede kl. 17.00, er ikke udfyldt endnu", reminder.AllText(), StringComparison.Ordinal);
        Assert.Equal(formId, (string?)reminder.ButtonData(ReflectionVerbs.OpenForm)["formId"]);
        var row = Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 30, 0, TimeSpan.Zero), row.GetDateTimeOffset("ReminderSentAt"));
        var opened = await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.OpenForm, reminder.ButtonData(ReflectionVerbs.OpenForm), inChannel: false));
        Assert.Equal(9, opened.AnsweredCard().Inputs().Count);
        var saved = await _client.SubmitAsync(Filled(formId)); // The row the reminder marked is still saved as usual.
        Assert.Equal("Submitted", Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).GetString("State"));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)saved["type"]);
    }

    [Fact]
    public async Task Reminder_EnglishCounsellor_ComesInEnglish()
    {
        await _client.RequestFormAsync(_bot, locale: "en-US");
        _bot.Time.Advance(TimeSpan.FromMinutes(30));

        await RunDueWorkAsync(_bot);

        var reminder = Assert.Single(Reminders(_bot));
        Assert.Contains("A gentle reminder: the reflection on your call that ended at", reminder.AllText(), StringComparison.Ordinal);
        Assert.Contains("Fill in the reflection", reminder.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_FormSubmittedMeanwhile_NeverComes()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        await _client.SubmitAsync(Filled(formId));
        _bot.Time.Advance(TimeSpan.FromHours(1));

        await RunDueWorkAsync(_bot);

        Assert.Empty(Reminders(_bot));
        Assert.Null(Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).GetDateTimeOffset("ReminderSentAt"));
    }

    [Fact]
    public async Task Reminder_FormDeletedMeanwhile_NeverComes()
    {
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        await _bot.Services.GetRequiredService<IReflectionStore>().DeleteAsync(Anna, formId, _bot.Time.GetUtcNow(), default);
        _bot.Time.Advance(TimeSpan.FromHours(1));

        await RunDueWorkAsync(_bot);

        Assert.Empty(Reminders(_bot));
    }

    [Fact]
    public async Task Reminder_FormSentLateInTheEvening_WaitsAcrossMidnightUntilSevenInTheMorning()
    {
        AdvanceTo(24, 21, 45);
        await _client.RequestFormAsync(_bot);

        AdvanceTo(24, 22, 15);
        await RunDueWorkAsync(_bot);
        AdvanceTo(25, 0, 30);
        await RunDueWorkAsync(_bot);
        AdvanceTo(25, 6, 59);
        await RunDueWorkAsync(_bot);
        Assert.Empty(Reminders(_bot));

        AdvanceTo(25, 7, 0);
        await RunDueWorkAsync(_bot);

        Assert.Contains("kl. 21.45", Assert.Single(Reminders(_bot)).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_DueBeforeTheQuietHoursButRunLateAtNight_IsHeldBackUntilSeven()
    {
        AdvanceTo(24, 21, 0);
        await _client.RequestFormAsync(_bot); // Due 21.30; nothing runs until 23.10 (say, no instance was up).

        AdvanceTo(24, 23, 10);
        await RunDueWorkAsync(_bot);
        Assert.Empty(Reminders(_bot));

        AdvanceTo(25, 7, 0);
        await RunDueWorkAsync(_bot);

        Assert.Single(Reminders(_bot));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2781);
    }

    [Fact]
    public async Task Reminder_AfterARestartWithTwoInstancesOnTheSameTables_IsSentOnce()
    {
        var first = new BotFactory();
        await first.CreateClient().RequestFormAsync(first);
        first.Dispose(); // The bot goes down before the reminder is due.
        using var restarted = new BotFactory(tablePrefix: first.TablePrefix);
        using var beside = new BotFactory(tablePrefix: first.TablePrefix); // A second instance on the same tables and queue.
        foreach (var bot in new[] { restarted, beside })
        {
            bot.CreateClient();
            bot.Time.Advance(TimeSpan.FromMinutes(31));
        }

        await Task.WhenAll(RunDueWorkAsync(restarted), RunDueWorkAsync(beside));
        await Task.WhenAll(RunDueWorkAsync(restarted), RunDueWorkAsync(beside));

        Assert.Equal(1, Reminders(restarted).Count + Reminders(beside).Count);
        Assert.Empty(Reminders(first));
    }
}
