using Microsoft.Extensions.DependencyInjection;
using TeamsBot.DueWork;

namespace TeamsBot.Tests.DueWork;

/// <summary>A handler may itself schedule work (a reminder held back until the morning): it depends on <see cref="IDueWork"/>.</summary>
public sealed class SelfSchedulingHandlerTests
{
    /// <summary>On its first run schedules one more run of its own kind, a second later; notes every run.</summary>
    internal sealed class ReschedulingHandler(IDueWork work) : IDueWorkHandler
    {
        public const string WorkKind = "test-rescheduling";

        private int _runs;

        public string Kind => WorkKind;

        public int Runs => Volatile.Read(ref _runs);

        public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _runs) == 1)
            {
                await work.ScheduleAsync(WorkKind, item.Key + "-again", TimeProvider.System.GetUtcNow().AddSeconds(1), null, cancellationToken);
            }
        }
    }

    [Fact]
    public async Task Start_HandlerThatDependsOnIDueWork_StartsAndItsFollowUpRuns()
    {
        var started = Task.Run(() => DueWorkHost.StartAsync(DueWorkHost.NewPrefix(), TimeProvider.System,
            services => services.AddSingleton<ReschedulingHandler>().AddDueWorkHandler<ReschedulingHandler>()));
        // Before the scheduler looked its handlers up lazily, building this handler waited on itself and start-up hung.
        Assert.Same(started, await Task.WhenAny(started, Task.Delay(TimeSpan.FromSeconds(30))));
        await using var host = await started;
        var handler = host.Services.GetRequiredService<ReschedulingHandler>();

        await host.Work.ScheduleAsync(ReschedulingHandler.WorkKind, "first", TimeProvider.System.GetUtcNow(), null, default);

        await Eventually.HoldsAsync(() => handler.Runs >= 2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, handler.Runs);
    }
}
