using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>Deadlines are durable: a bot stopped mid-escalation takes the step when it starts again; two instances take each step once.</summary>
public sealed class SparringDurabilityTests
{
    private static readonly TimeSpan AckTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Request_BeforeAnyCardIsSent_TheNextStepIsAlreadyDueWork()
    {
        using var bot = NewBot();
        using var client = bot.CreateClient();
        await client.SetUpAsync(bot);
        var chat = Uri.EscapeDataString("a:personal-" + Anne) + "/activities";
        bool? scheduledBeforeTheCard = null;
        // Looked at the moment the supervisor's card reaches the connector: a bot stopped there must still escalate.
        bot.Connector.Answer(request =>
        {
            if (scheduledBeforeTheCard is null && request.RequestUri!.AbsolutePath.EndsWith(chat, StringComparison.Ordinal))
            {
                scheduledBeforeTheCard = bot.StoredEntitiesAsync(TeamsBot.DueWork.DueWorkTable.Name).GetAwaiter().GetResult()
                    .Exists(e => e.PartitionKey == SparringEscalation.WorkKind);
            }

            return null;
        });

        await client.AskAsync();

        Assert.True(scheduledBeforeTheCard);
    }

    [Fact]
    public async Task Restart_MidEscalation_TheNewHostTakesTheStepThatFellDueWhileItWasStopped()
    {
        var prefix = "T" + Guid.NewGuid().ToString("N")[..16];
        using (var first = NewBot(prefix))
        {
            using var client = first.CreateClient();
            await client.SetUpAsync(first);
            await client.AskAsync();
            Assert.Empty(first.Connector.PostedTo(Bo));
        }

        using var second = NewBot(prefix, runBackgroundWorkers: true);
        second.Time.Advance(AckTimeout + TimeSpan.FromMinutes(1));
        _ = second.Services; // Starts the host: its due-work processor looks at the table at start-up.

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (second.Connector.PostedTo(Bo).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Single(second.Connector.PostedTo(Bo));
        Assert.Contains("Anna Jensen vil gerne have sparring", second.Connector.CardsTo(Bo)[^1].AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoHosts_OnOneStorage_EachStepIsSentExactlyOnce()
    {
        var prefix = "T" + Guid.NewGuid().ToString("N")[..16];
        using var one = NewBot(prefix);
        using var two = NewBot(prefix);
        using var client = one.CreateClient();
        await client.SetUpAsync(one);
        _ = two.Services;
        await client.AskAsync();
        var requestId = one.Connector.CardsTo(Anne)[^1].RequestId();

        // Rung 2: both instances run the step at the same moment, straight through the escalation (no due-work claim between them).
        one.Time.Advance(AckTimeout);
        two.Time.Advance(AckTimeout);
        await Task.WhenAll(Escalation(one).RunAsync(requestId, default), Escalation(two).RunAsync(requestId, default));
        // Rung 3: both instances' due-work runners at once.
        await Task.WhenAll(one.AdvanceAndRunDueWorkAsync(AckTimeout), two.AdvanceAndRunDueWorkAsync(AckTimeout));

        Assert.Equal(1, one.Connector.PostedTo(Bo).Count + two.Connector.PostedTo(Bo).Count);
        Assert.Equal(1, one.Connector.TextsTo(Anne).Count + two.Connector.TextsTo(Anne).Count);
        Assert.Equal(1, one.Connector.PostedTo(Cora).Count + two.Connector.PostedTo(Cora).Count);
        Assert.Equal([1, 2, 3], (await one.StoredRequestAsync(requestId)).Steps.Select(s => s.Number));
    }

    private static SparringEscalation Escalation(BotFactory bot) => bot.Services.GetRequiredService<SparringEscalation>();
}
