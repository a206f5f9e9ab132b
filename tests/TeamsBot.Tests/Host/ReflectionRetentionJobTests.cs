using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Organisation;
using TeamsBot.Reflections;
using TeamsBot.Reflections.Retention;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>The retention job as the host runs it: recurring due work, on the app's (fake) clock.</summary>
public sealed class ReflectionRetentionJobTests
{
    private static readonly Person Anna = new("29:anna", "Anna Jensen");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // The job runs on the worker's own task; a bound on waiting, not on speed.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task RecurringJob_ClockPastPrivateTextDaysThenRetentionDays_RemovesTheTextThenTheRow()
    {
        using var bot = new BotFactory(new() { ["Reflections:PrivateTextDays"] = "10", ["Reflections:RetentionDays"] = "40" }, runBackgroundWorkers: true);
        bot.CreateClient();
        var store = bot.Services.GetRequiredService<IReflectionStore>();
        var issued = await store.IssueAsync(Reflection.Issue(Anna, null, bot.Time.GetUtcNow()), default);
        var answers = new ReflectionAnswers(ContactForm.Chat, 15, [], [], false, null, SparringNeed.None, false, "Noget privat.");
        await store.SubmitAsync(Anna.TeamsId, issued.FormId, answers, bot.Time.GetUtcNow(), null, default);
        async Task<Azure.Data.Tables.TableEntity?> RowAsync() => (await bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).SingleOrDefault();

        bot.Time.Advance(TimeSpan.FromDays(11)); // The worker's timer runs on the same clock.
        await WaitUntilAsync(async () => (await RowAsync())?.GetString("PrivateText") is null);

        var row = await RowAsync();
        Assert.NotNull(row);
        Assert.Null(row.GetString("PrivateText"));
        Assert.Equal(15, row.GetInt32("Minutes"));

        bot.Time.Advance(TimeSpan.FromDays(30));
        await WaitUntilAsync(async () => await RowAsync() is null);

        Assert.Null(await RowAsync());
        Assert.Contains(bot.Logs.Lines, l => l.Message.StartsWith("Reflection retention: removed 1 private texts", StringComparison.Ordinal));
    }

    [Fact]
    public void AddReflections_RetentionJob_IsRecurringDueWork()
    {
        using var services = TestFeatures.Services();

        Assert.Contains(services.GetServices<TeamsBot.DueWork.RecurringDueWork>(), w => w.Kind == ReflectionRetention.WorkKind);
    }
}
