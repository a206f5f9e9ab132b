using Bot.Protocol.Activities;
using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>Closes shifts left open past the maximum, updates their boards, and tells each counsellor gently.</summary>
public sealed class OverdueShiftSweeper(ShiftService shifts, ShiftBoardPublisher board, PersonalChat personal, OrganisationClock clock, Texts<Strings> texts, IOptions<ShiftOptions> options)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var closed = await shifts.CloseOverdueAsync(cancellationToken);
        foreach (var channelId in closed.Select(s => s.ChannelId).Distinct(StringComparer.Ordinal))
        {
            await board.TryPublishAsync(channelId, activityId: null, cancellationToken);
        }

        foreach (var shift in closed)
        {
            using (BotCultures.Use(BotCultures.For(shift.Counsellor.Locale)))
            {
                var note = texts.Get("AutoClose.Note", (int)options.Value.MaxShiftDuration.TotalHours, Texts.Time(clock.Local(shift.CheckedInAt)));
                await personal.SendAsync(PersonAddress.Of(shift.Counsellor), Activity.TextMessage(note), cancellationToken);
            }
        }

        return closed.Count;
    }
}

/// <summary>Runs the sweep on a timer (from <see cref="TimeProvider"/>, so tests can drive it).</summary>
public sealed class OverdueShiftWorker(OverdueShiftSweeper sweeper, TimeProvider time, IOptions<ShiftOptions> options, ILogger<OverdueShiftWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OverdueCheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var count = await sweeper.SweepAsync(stoppingToken);
                if (count > 0)
                {
                    Log.OverdueShiftsClosed(log, count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.OverdueSweepFailed(log, e);
            }
        }
    }
}
